// Readers on any screen: the matrix answers its question above the fold and in words, every
// quote leads to its statement and article, commitment pages are linked from everywhere, the
// header wraps at 320 px, a keyboard skips to the table, a typed date is applied once it is
// complete, and a shared country link says the stance and since when in its first phone
// screen. Each test publishes its own positions for countries no other journey uses.
import { expect, type Page, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { matrixCell } from "./support/matrix";
import { publishTestArticle, uniqueToken } from "./support/seed";

const today = new Date().toISOString().slice(0, 10);
const PHONE = { width: 390, height: 844 };

async function pageWidthOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The content of the first element's ::before as computed (CSS text, quoted), or null where it is not displayed. */
async function shownBefore(page: Page, selector: string): Promise<string | null> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element, "::before");
      return style.display === "none" ? null : style.content;
    });
}

test("the matrix says what it answers in words, with the table in the first phone screen", async ({ browser }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: today,
    positions: [
      { country: "PE", commitment: "troops", stance: "committed", sentence: `Peru will send a company ${token}.` },
      {
        country: "CL",
        commitment: "troops",
        stance: "conditional",
        condition: "after a ceasefire",
        sentence: `Chile would send troops after a ceasefire ${token}.`,
      },
      { country: "UY", commitment: "troops", stance: "ruled_out", sentence: `Uruguay sends no soldiers ${token}.` },
    ],
  });
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // Filters and the stances' definitions are folded away on a phone; the table starts in the first screen.
  await page.goto("/");
  await expect(page.getByTestId("matrix-answer")).toHaveText(/^Troops on the ground, today: \d+ countr/);
  await expect(page.getByRole("checkbox", { name: "Troops" })).toBeHidden();
  const firstRow = await page.getByTestId("matrix").locator("tbody tr").first().boundingBox();
  expect(firstRow!.y).toBeLessThan(PHONE.height - 150);
  await page.goto("/?q=Peru");
  await expect(page.getByTestId("matrix-answer")).toHaveText(
    "Troops on the ground, today: 1 country said they would take part.",
  );
  // The cell says its stance in a word on a phone too.
  await expect(matrixCell(page, "PE", "troops")).toContainText("Committed");
  // With no column headers on a phone, each cell is labelled with its type, and the stance has its
  // shape: both come from the stylesheet, not written into each of the page's thousands of cells.
  expect(await shownBefore(page, 'tr[data-country="PE"] td[data-type="troops"]')).toBe('"Troops on the ground"');
  expect(await shownBefore(page, 'tr[data-country="PE"] td[data-type="troops"] a.matrix-cell > span')).toMatch(/^"●"/);
  await context.close();

  const desktop = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await desktop.goto(`/?types=troops&q=${encodeURIComponent("Chile")}`);
  await expect(desktop.getByTestId("matrix-answer")).toHaveText(
    "Troops on the ground, today: 1 country said they would take part, all only under a condition.",
  );
  // A filtered view opens its filters; the column header counts stances in words.
  await expect(desktop.getByRole("checkbox", { name: "Troops" })).toBeChecked();
  await expect(desktop.getByTestId("count-troops")).toHaveText(/1 conditional/);
  await expect(matrixCell(desktop, "CL", "troops")).toContainText("Conditional");
  // On a wide screen the column header names the type: the cell's own label is not shown.
  expect(await shownBefore(desktop, 'tr[data-country="CL"] td[data-type="troops"]')).toBeNull();
  expect(await shownBefore(desktop, 'tr[data-country="CL"] td[data-type="troops"] a.matrix-cell > span')).toMatch(
    /^"◐"/,
  );
  // Sorted by a type, the answer speaks of that type.
  await desktop.goto(`/?q=${encodeURIComponent("Uruguay")}&sort=troops`);
  await expect(desktop.getByTestId("matrix-answer")).toHaveText(
    "Troops on the ground, today: 1 country ruled out taking part.",
  );
  await desktop.goto(`/?q=${encodeURIComponent("Uruguay")}&sort=air`);
  await expect(desktop.getByTestId("matrix-answer")).toHaveText(
    "Air policing / air defence, today: no country in this view has stated a position.",
  );
  await desktop.close();
});

test("commitment pages are reached from the matrix, a country, search, a statement and about", async ({ page }) => {
  const token = uniqueToken();
  const word = `minehunter${token}`;
  publishTestArticle({
    published: today,
    positions: [
      { country: "PY", commitment: "maritime", stance: "considering", sentence: `Paraguay may lend a ${word}.` },
    ],
  });
  await page.goto("/?q=Paraguay");
  await page.getByTestId("column-maritime").click();
  await expect(page).toHaveURL(/\/commitments\/maritime$/);
  await expect(page.locator('[data-testid="commitment-positions"] li[data-country="PY"]')).toContainText(word);

  await page.goto("/countries/py");
  await page.locator("li#maritime").getByTestId("commitment-link").click();
  await expect(page).toHaveURL(/\/commitments\/maritime$/);
  // So do the types the country has said nothing on.
  await page.goto("/countries/py");
  await page.getByRole("link", { name: "Logistics and hubs" }).click();
  await expect(page).toHaveURL(/\/commitments\/logistics$/);

  await page.goto(`/search?q=${word}`);
  await page.getByTestId("search-results").getByRole("link", { name: "Maritime security" }).click();
  await expect(page).toHaveURL(/\/commitments\/maritime$/);
  await page.goto("/search");
  await expect(page.getByRole("navigation", { name: "Or browse by guarantee" }).getByRole("link")).toHaveCount(11);

  await page.goto("/countries/py");
  await page.locator("li#maritime").getByTestId("quote-link").click();
  await expect(page).toHaveURL(/\/statements\//);
  await page.getByRole("link", { name: "every country on maritime" }).click();
  await expect(page).toHaveURL(/\/commitments\/maritime$/);

  await page.goto("/about");
  await page.getByRole("link", { name: "Air policing / air defence" }).click();
  await expect(page).toHaveURL(/\/commitments\/air$/);
});

test("a country's quote leads to its statement and article, and its context opens on demand", async ({ page }) => {
  const token = uniqueToken();
  const before = `Asked whether Bolivia would join the reassurance force ${token}, the minister paused.`;
  const quote = `"We are not ruling anything out," she said.`;
  // The sentence before is another position's evidence (arms), so the troops quote follows it in the text.
  const { articleId } = publishTestArticle({
    published: today,
    title: `La Paz briefing ${token}`,
    positions: [
      { country: "BO", commitment: "arms", stance: "supports", sentence: before },
      { country: "BO", commitment: "troops", stance: "considering", sentence: `${quote} (${token})` },
    ],
  });
  await page.goto("/countries/bo");
  const troops = page.locator("li#troops");
  const evidence = troops.getByTestId("current-evidence");
  // The quote's own quotation marks are nested, never doubled.
  await expect(evidence.locator("blockquote")).toHaveText(`“‘We are not ruling anything out,’ she said. (${token})”`);
  const context = evidence.getByTestId("context-before");
  await expect(context.getByText(before)).toBeHidden();
  await context.getByText("The sentence before").click();
  await expect(context.getByText(before)).toBeVisible();

  await evidence.getByTestId("article-link").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}#statement-`));
  await expect(page.locator(":target")).toContainText("We are not ruling anything out");

  await page.goto("/countries/bo");
  await page.locator("li#troops").getByTestId("current-evidence").getByTestId("quote-link").click();
  await expect(page.getByTestId("statement-quote")).toContainText("We are not ruling anything out");
  await page.getByTestId("context-before").getByText("The sentence before").click();
  await expect(page.getByTestId("context-before")).toContainText(before);
});

test("a public article lists no rejected proposal and one card per sentence", async ({ page }) => {
  const token = uniqueToken();
  const shared = `Ecuador and Costa Rica will fund demining ${token}.`;
  const { articleId } = publishTestArticle({
    published: today,
    positions: [
      { country: "EC", commitment: "funding", stance: "committed", sentence: shared },
      { country: "CR", commitment: "funding", stance: "committed", sentence: shared },
      {
        country: "PA",
        commitment: "troops",
        stance: "committed",
        sentence: `Panama was wrongly read ${token}.`,
        reviewState: "rejected",
      },
    ],
  });
  await page.goto(`/articles/${articleId}`);
  const cards = page.getByTestId("statement");
  await expect(cards).toHaveCount(1);
  await expect(cards.getByTestId("commitment")).toHaveCount(2);
  await expect(page.getByText(`Panama was wrongly read ${token}.`, { exact: false }).first()).toBeVisible(); // in the text
  await expect(page.locator('[data-testid="commitment"][data-country="PA"]')).toHaveCount(0);
  await expect(cards.locator("blockquote")).toHaveText(`“${shared}”`);

  // An editor sees the rejected proposal, marked.
  await signIn(page, createUser({ role: "editor" }));
  await page.reload();
  await expect(page.locator('[data-testid="commitment"][data-country="PA"]')).toContainText("rejected");
});

test("at 320 px no page scrolls sideways, and a signed-in editor on a phone reaches Ingest and Sign out", async ({
  browser,
}) => {
  test.slow();
  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  for (const path of [
    "/",
    "/countries/it",
    "/commitments/troops",
    "/search?q=troops",
    "/about",
    "/corrections",
    "/sign-in",
  ]) {
    await narrow.goto(path);
    expect(await pageWidthOverflow(narrow), path).toBeLessThanOrEqual(0);
  }
  await expect(
    narrow.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }),
  ).toBeInViewport();
  await narrow.close();

  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await signIn(phone, createUser({ role: "admin" }));
  await phone.goto("/");
  const nav = phone.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Ingest" })).toBeInViewport();
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeInViewport();
  expect(await pageWidthOverflow(phone)).toBeLessThanOrEqual(0);
  await nav.getByRole("link", { name: "Ingest" }).tap();
  await expect(phone).toHaveURL(/\/ingest$/);
  expect(await pageWidthOverflow(phone)).toBeLessThanOrEqual(0);
  await context.close();
});

test("by keyboard, two skip links reach the matrix's first cell in a few Tabs", async ({ page }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: today,
    positions: [
      { country: "GT", commitment: "troops", stance: "supports", sentence: `Guatemala backs the force ${token}.` },
    ],
  });
  await page.goto("/?q=Guatemala");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the table" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator('tr[data-country="GT"] th a')).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(matrixCell(page, "GT", "troops")).toBeFocused();
});

test("a typed date is applied once, when it is complete, and a day before the records says when they start", async ({
  page,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-03-10",
    positions: [
      { country: "HN", commitment: "arms", stance: "committed", sentence: `Honduras sends rifles ${token}.` },
    ],
  });
  // A filtered view has its filters open.
  await page.goto("/?q=Honduras");
  const asOf = page.getByLabel("As of");
  await expect(asOf).toHaveAttribute("min", /^\d{4}-\d{2}-\d{2}$/);
  await asOf.click();
  // Typed segment by segment, as a person does: month, day, year (the field reads mm/dd/yyyy here).
  await asOf.press("ArrowLeft");
  await asOf.press("ArrowLeft");
  await page.keyboard.type("03152025", { delay: 50 });
  await asOf.press("Enter");
  await expect(page).toHaveURL(/at=2025-03-15/);
  await expect(page.locator('tr[data-country="HN"]')).toHaveCount(1);
  // The history holds the view before and this one, none of the segments typed between.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=Honduras$/);

  // A day before the earliest record says when the records start, instead of "no match".
  await page.goto("/?at=1995-01-01");
  await expect(page.getByText(/^Records start on .*: nothing was recorded before that day/)).toBeVisible();
});

test("a shared country link says its stance and since when, in its title, preview and first phone screen", async ({
  browser,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-06-02",
    positions: [
      { country: "CR", commitment: "training", stance: "committed", sentence: `Costa Rica trains medics ${token}.` },
    ],
  });
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/countries/cr");
  const summary = page.getByTestId("country-summary").locator('li[data-type="training"]');
  await expect(summary).toContainText("Committed");
  await expect(summary).toContainText("since 2 Jun 2025");
  await expect(summary).toBeInViewport();
  await expect(page).toHaveTitle(/^Costa Rica: .*Committed: .*Training.*\(as of \d{4}-\d{2}-\d{2}\)/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    /Training: Committed since 2 Jun 2025/,
  );
  await context.close();
});
