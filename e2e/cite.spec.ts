// A citable view: the permalink of "Cite this view" pins the recorded time, so after a
// correction it still shows what the reader saw, and says what has changed since.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { publishTestArticle, uniqueToken } from "./support/seed";
import { matrixCell } from "./support/matrix";

test("cite a country view, publish a correction, and the cited link shows the old view with a change note", async ({
  page,
  request,
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
  // Its preview card is the pinned one: a correction made later does not change it.
  const v = new URL(permalink!).searchParams.get("v")!;
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    new RegExp(`/og/countries/cy\\?v=${v}$`),
  );
  const cardBefore = await (await request.get(`/og/countries/cy?v=${v}`)).body();

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="CY"][data-commitment="air"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("considering");
  await commitment.getByLabel(/Why/).first().fill(`Only offered talks ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.locator("[data-stance]")).toHaveAttribute("data-stance", "considering");
  await page.context().clearCookies();

  // After the correction the pinned card is unchanged; the live one shows the correction.
  expect((await (await request.get(`/og/countries/cy?v=${v}`)).body()).equals(cardBefore)).toBe(true);
  expect((await (await request.get("/og/countries/cy")).body()).equals(cardBefore)).toBe(false);

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
  // The cell's quote card is the one recorded then too, though the live data has no such cell.
  await matrixCell(page, "BG", "logistics").hover();
  await expect(page.locator('#cell-preview[data-cell-preview="BG:logistics"]')).toContainText(
    `Bulgaria backs a rail hub ${token}.`,
  );
});

test("a cited matrix view's embed and download pin the same instant as the page", async ({ page, request }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-12",
    positions: [
      { country: "SI", commitment: "training", stance: "committed", sentence: `Slovenia trains medics ${token}.` },
    ],
  });
  await page.goto("/?types=training");
  await page.getByText("Cite this view", { exact: true }).click();
  const permalink = new URL((await page.getByTestId("citation-permalink").getAttribute("href"))!);
  const v = permalink.searchParams.get("v")!;

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="SI"][data-commitment="training"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("ruled_out");
  await commitment.getByLabel(/Why/).first().fill(`Misread the minister ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.locator("[data-stance]")).toHaveAttribute("data-stance", "ruled_out");
  await page.context().clearCookies();

  // The cited page offers the embed and downloads of the pinned view.
  await page.goto(permalink.pathname + permalink.search);
  await page.getByText("Embed", { exact: true }).click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  const embedUrl = new URL(/src="([^"]+)"/.exec(snippet)![1]!);
  expect(embedUrl.pathname).toBe("/embed/matrix");
  expect(embedUrl.searchParams.get("v")).toBe(v);
  const slovenia = '[data-testid="embed-matrix"] tr[data-country="SI"] td[data-type="training"] [data-stance]';
  await page.goto(embedUrl.pathname + embedUrl.search);
  await expect(page.locator(slovenia)).toHaveAttribute("data-stance", "committed");
  await expect(page.getByTestId("embed-as-of")).toContainText("as recorded at");
  await page.goto("/embed/matrix?types=training");
  await expect(page.locator(slovenia)).toHaveAttribute("data-stance", "ruled_out");

  const stanceInCsv = async (query: string) => {
    const text = await (await request.get(`/download/matrix.csv${query}`)).text();
    return text
      .split("\r\n")
      .find((line) => line.includes(`,SI,`))
      ?.split(",")[6];
  };
  expect(await stanceInCsv(`?types=training&v=${v}`)).toBe("committed");
  expect(await stanceInCsv("?types=training")).toBe("ruled_out");
  const api = (await (await request.get(`/api/v1/countries/si?v=${v}`)).json()) as {
    positions: { type: string; current: { stance: string } | null }[];
  };
  expect(api.positions.find((position) => position.type === "training")?.current?.stance).toBe("committed");
});

test("a commitment type's page is citable, and its cited link shows the old positions", async ({ page }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-13",
    positions: [
      {
        country: "EE",
        commitment: "intelligence",
        stance: "supports",
        sentence: `Estonia shares radar data ${token}.`,
      },
    ],
  });
  await page.goto("/commitments/intelligence");
  await expect(page.getByTestId("share-controls").getByText("Download", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await page.getByText("Cite this view", { exact: true }).click();
  await expect(page.getByTestId("citation-text")).toContainText("Intelligence");
  const permalink = new URL((await page.getByTestId("citation-permalink").getAttribute("href"))!);
  expect(permalink.pathname).toBe("/commitments/intelligence");
  await page.getByText("Embed", { exact: true }).click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/commitments\/intelligence"/);

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="EE"][data-commitment="intelligence"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("considering");
  await commitment.getByLabel(/Why/).first().fill(`Only talks so far ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.locator("[data-stance]")).toHaveAttribute("data-stance", "considering");
  await page.context().clearCookies();

  const estonia = '[data-testid="commitment-positions"] li[data-country="EE"] [data-stance]';
  await page.goto(permalink.pathname + permalink.search);
  await expect(page.locator(estonia).first()).toHaveAttribute("data-stance", "supports");
  await expect(page.getByTestId("pinned-differences")).toContainText("Estonia");
  await page.getByRole("link", { name: "See the current view" }).click();
  await expect(page.locator(estonia).first()).toHaveAttribute("data-stance", "considering");

  // The type's embed shows the same: pinned, what was cited; unpinned, the correction.
  const embedded = '[data-testid="embed-commitment"] li[data-country="EE"] [data-stance]';
  await page.goto(`/embed/commitments/intelligence${permalink.search}`);
  await expect(page.locator(embedded)).toHaveAttribute("data-stance", "supports");
  await page.goto("/embed/commitments/intelligence");
  await expect(page.locator(embedded)).toHaveAttribute("data-stance", "considering");
  await expect(page.getByTestId("embed-link-back")).toHaveAttribute("href", /\/commitments\/intelligence$/);
});
