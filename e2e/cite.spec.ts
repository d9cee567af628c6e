// A citable view: the permalink of "Cite this view" pins the recorded time, so after a
// correction it still shows what the reader saw, and says what has changed since.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { publishTestArticle, uniqueToken } from "./support/seed";

test("cite a country view, publish a correction, and the cited link shows the old view with a change note", async ({
  page,
}) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-10",
    positions: [
      { country: "CY", commitment: "air", stance: "committed", sentence: `Cyprus offers its airfields ${token}.` },
    ],
  });

  await page.goto("/countries/cy");
  await page.getByText("Cite this view", { exact: true }).click();
  const citation = await page.getByTestId("citation-text").textContent();
  const permalink = await page.getByTestId("citation-permalink").getAttribute("href");
  expect(permalink).toMatch(/\/countries\/cy\?v=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(citation).toContain("Cyprus: security guarantees for Ukraine, as of");
  expect(citation).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
  expect(citation).toContain(permalink!);

  // Before any change the cited link shows the same and says nothing changed.
  await page.goto(new URL(permalink!).pathname + new URL(permalink!).search);
  await expect(page.getByTestId("pinned-note")).toHaveAttribute("data-changed", "false");

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="CY"][data-commitment="air"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("considering");
  await commitment.getByLabel(/Why/).first().fill(`Only offered talks ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.locator("[data-stance]")).toHaveAttribute("data-stance", "considering");
  await page.context().clearCookies();

  await page.goto(new URL(permalink!).pathname + new URL(permalink!).search);
  const note = page.getByTestId("pinned-note");
  await expect(note).toHaveAttribute("data-changed", "true");
  await expect(note.getByTestId("pinned-differences")).toContainText(
    "Cyprus, Air policing / air defence: committed then, considering now",
  );
  const air = page.locator('[data-testid="pinned-positions"] li[data-type="air"]');
  await expect(air.locator("[data-stance]")).toHaveAttribute("data-stance", "committed");
  await expect(air).toContainText(`Cyprus offers its airfields ${token}.`);

  await note.getByRole("link", { name: "See the current view" }).click();
  await expect(page).toHaveURL(/\/countries\/cy$/);
  await expect(page.locator('li[data-type="air"] [data-stance]').first()).toHaveAttribute("data-stance", "considering");
  await page.getByRole("link", { name: "Corrections", exact: true }).first().click();
  await expect(page.getByTestId("correction").filter({ hasText: `Only offered talks ${token}` })).toBeVisible();
});

test("a cited matrix view keeps a position a later retraction removed", async ({ page }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-11",
    positions: [
      { country: "BG", commitment: "logistics", stance: "supports", sentence: `Bulgaria backs a rail hub ${token}.` },
    ],
  });
  await page.goto("/");
  await page.getByText("Cite this view", { exact: true }).click();
  const permalink = new URL((await page.getByTestId("citation-permalink").getAttribute("href"))!);

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  await page.getByText("Retract the whole article").click();
  await page.locator("#retract-article-note-error").locator("..").getByRole("textbox").fill(`Wrong outlet ${token}`);
  await page.getByRole("button", { name: "Retract article" }).click();
  await expect(page.getByTestId("retracted-banner")).toBeVisible();
  await page.context().clearCookies();

  await page.goto("/");
  await expect(page.locator('tr[data-country="BG"] td[data-type="logistics"] [data-stance]')).toHaveCount(0);
  await page.goto(permalink.pathname + permalink.search);
  await expect(page.locator('tr[data-country="BG"] td[data-type="logistics"] [data-stance]')).toHaveAttribute(
    "data-stance",
    "supports",
  );
  await expect(page.getByTestId("pinned-differences")).toContainText(
    "Bulgaria, Logistics and hubs: supports then, no position now",
  );
});
