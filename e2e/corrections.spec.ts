// Corrections keep the matrix true and leave a trail: an editor corrects and retracts
// published positions with a note, the country page shows the cell's history, and an admin
// reads the changes in the audit log.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { publishTestArticle, uniqueToken } from "./support/seed";

test("an editor corrects a position, then retracts it; the country page and the audit log show both", async ({
  page,
}) => {
  const token = uniqueToken();
  // Two sign-ins and seven page loads: more than the default budget on a loaded machine.
  test.slow();
  // The notes carry the token, so that a retry (or another journey on Latvia) cannot be
  // mistaken for this run's corrections.
  const correctionNote = `The minister only said Riga was studying it ${token}`;
  const retractionNote = `Duplicate of an earlier report ${token}`;
  const { articleId } = publishTestArticle({
    published: "2026-01-15",
    title: `Riga ${token}`,
    positions: [
      {
        country: "LV",
        commitment: "air",
        stance: "committed",
        sentence: `Latvia will patrol Ukrainian skies ${token}.`,
      },
    ],
  });
  const editor = createUser({ role: "editor" });
  await signIn(page, editor);

  // The note is required: without it nothing changes.
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="LV"][data-commitment="air"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("considering");
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.getByTestId("correction-status")).toHaveText("Some fields need attention.");
  await expect(commitment.locator("[data-stance]")).toContainText("Committed");
  await expect(commitment.getByLabel("Stance")).toHaveValue("considering"); // the refused choice is kept

  await commitment.getByLabel(/Why/).first().fill(correctionNote);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.getByTestId("correction-status")).toHaveText(/Corrected/);
  await expect(commitment.locator("[data-stance]")).toContainText("Considering");

  await page.goto("/countries/lv");
  const air = page.locator('li[data-type="air"]');
  await expect(air.locator("[data-stance]").first()).toContainText("Considering");
  await expect(air.getByLabel("Corrections").filter({ hasText: token }).first()).toContainText(
    `(was committed): ${correctionNote}`,
  );

  await page.goto(`/articles/${articleId}`);
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel(/Why/).last().fill(retractionNote);
  await commitment.getByRole("button", { name: "Retract this position" }).click();
  await expect(commitment.getByText("retracted")).toBeVisible();

  await page.goto("/");
  await expect(page.locator('tr[data-country="LV"]')).toHaveCount(0);

  const admin = createUser({ role: "admin" });
  await page.context().clearCookies();
  await signIn(page, admin);
  await page.goto("/admin/audit?entityType=commitment");
  const rows = page.getByTestId("audit-row");
  await expect(rows.filter({ hasText: retractionNote })).toContainText("commitment.retract");
  await expect(rows.filter({ hasText: correctionNote })).toContainText("commitment.correct");
});

test("a refused correction says beside each field what is wrong and keeps every value", async ({ page }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-03",
    title: `Zagreb ${token}`,
    positions: [
      { country: "HR", commitment: "training", stance: "supports", sentence: `Croatia backs training ${token}.` },
    ],
  });
  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="HR"][data-commitment="training"]');
  await commitment.getByText("Correct or retract").click();
  const country = commitment.getByRole("textbox", { name: /^Country code/ });
  const condition = commitment.getByRole("textbox", { name: /^Condition/ });
  const note = commitment.getByLabel(/Why/).first();

  // A condition past its length: its own message, under it; the others stay as typed.
  await condition.fill("x".repeat(501));
  await note.fill(`Checked against the transcript ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.getByTestId("correction-status")).toHaveText("Some fields need attention.");
  await expect(condition).toHaveAttribute("aria-invalid", "true");
  await expect(condition).toHaveAccessibleDescription(/under 500 characters/);
  await expect(country).toHaveAttribute("aria-invalid", "false");
  await expect(note).toHaveValue(`Checked against the transcript ${token}`);

  // A country the tracker does not know: said under the country code, the code kept.
  await condition.fill("after a ceasefire");
  await country.fill("ZZ");
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(country).toHaveAttribute("aria-invalid", "true");
  await expect(country).toHaveAccessibleDescription(/ZZ/);
  await expect(country).toHaveValue("ZZ");
  await expect(condition).toHaveValue("after a ceasefire");
  await expect(condition).toHaveAttribute("aria-invalid", "false");
  await expect(commitment.locator("[data-stance]")).toContainText("Supports");
});

test("an editor retracts a whole article and its positions leave the matrix", async ({ page }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-01-16",
    positions: [
      { country: "LT", commitment: "arms", stance: "committed", sentence: `Lithuania will deliver drones ${token}.` },
    ],
  });
  await page.goto("/");
  await expect(page.locator('tr[data-country="LT"] td[data-type="arms"] [data-stance]')).toContainText("Committed");

  await signIn(page, createUser({ role: "editor" }));
  await page.goto(`/articles/${articleId}`);
  await page.getByText("Retract the whole article").click();
  await page.getByRole("button", { name: "Retract article" }).click();
  await expect(page.getByTestId("article-retraction-status")).toHaveText("Some fields need attention.");
  await page.locator("#retract-article-note-error").locator("..").getByRole("textbox").fill("Satire site");
  await page.getByRole("button", { name: "Retract article" }).click();
  // The page re-renders as retracted: a banner with the note, no more correction controls.
  await expect(page.getByTestId("retracted-banner")).toContainText("Satire site");
  await expect(page.getByText("Retract the whole article")).toHaveCount(0);

  await page.goto("/");
  await expect(page.locator('tr[data-country="LT"]')).toHaveCount(0);
});

test("readers see an article without correction controls", async ({ page }) => {
  const { articleId } = publishTestArticle({
    published: "2026-01-17",
    positions: [
      { country: "SI", commitment: "funding", stance: "supports", sentence: `Slovenia backs a fund ${uniqueToken()}.` },
    ],
  });
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("statement")).toHaveCount(1);
  await expect(page.getByText("Correct or retract")).toHaveCount(0);
  await expect(page.getByText("Retract the whole article")).toHaveCount(0);
});
