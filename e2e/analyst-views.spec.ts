// The analyst's journeys on the matrix, country, commitment and statement views: every view
// state is in the URL (reload or share a link and get the same view), cells open their
// evidence by keyboard, past dates hide later statements, `?since=` lists changes, the map
// is rendered on the server and a phone shows every type (axe runs in accessibility.spec.ts).
// Each test publishes its own positions for countries no other journey uses.
import { expect, test } from "@playwright/test";
import { COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { publishTestArticle, uniqueToken } from "./support/seed";
import { cellInHtml, matrixCell } from "./support/matrix";

const today = new Date().toISOString().slice(0, 10);

test("filter and sort the matrix, reload, and get the same view", async ({ page }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: today,
    positions: [
      {
        country: "LI",
        commitment: "troops",
        stance: "committed",
        sentence: `Liechtenstein will send a unit ${token}.`,
      },
      { country: "LI", commitment: "funding", stance: "supports", sentence: `Liechtenstein backs the fund ${token}.` },
    ],
  });
  await page.goto("/");
  // The filters are folded away until a filter is set.
  await page.getByTestId("matrix-filters").locator("summary").click();
  await page.getByRole("searchbox", { name: "Country" }).fill("Liechtenstein");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/q=Liechtenstein/);
  await page.getByRole("checkbox", { name: "Troops" }).check();
  await expect(page).toHaveURL(/types=troops/);
  await page.getByLabel("Sort by").selectOption("troops");
  await expect(page).toHaveURL(/sort=troops/);

  const matrix = page.getByTestId("matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(1);
  await expect(matrix.locator('tr[data-country="LI"] td[data-type="troops"] a')).toHaveAttribute(
    "data-stance",
    "committed",
  );
  await expect(matrix.locator('td[data-type="funding"]')).toHaveCount(0);

  await page.reload();
  await expect(matrix.locator("tbody tr")).toHaveCount(1);
  await expect(matrix.locator('td[data-type="funding"]')).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Troops" })).toBeChecked();
  await expect(page.getByLabel("Sort by")).toHaveValue("troops");
  await expect(page.getByRole("searchbox", { name: "Country" })).toHaveValue("Liechtenstein");
});

test("a garbled parameter falls back to its default instead of an error page", async ({ page }) => {
  const response = await page.goto("/?at=2025-13-45&types=tanks&stances=maybe&bloc=brics&sort=size&since=soon");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Who guarantees what for Ukraine" })).toBeVisible();
  await expect(page.getByTestId("matrix").locator("thead th[scope=col]")).toHaveCount(12);
});

test("open a cell's quote and then its evidence by keyboard", async ({ page }) => {
  const token = uniqueToken();
  const sentence = `Andorra will help patrol the skies, its minister ${token} said.`;
  publishTestArticle({
    published: today,
    positions: [{ country: "AD", commitment: "air", stance: "considering", sentence }],
  });
  await page.goto("/?q=Andorra");
  const cell = matrixCell(page, "AD", "air");
  await page.getByRole("link", { name: "Andorra" }).focus();
  for (let i = 0; i < 20 && !(await cell.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(cell).toBeFocused();
  // The quote is not in the page: the card fetches it for the focused cell (/api/cell-preview).
  await expect(cell).toHaveAttribute("aria-describedby", "cell-preview");
  await expect(page.locator('#cell-preview[data-cell-preview="AD:air"]')).toContainText(sentence);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/ad#air$/);
  await expect(page.locator('li#air [data-testid="current-evidence"] blockquote')).toContainText(sentence);
});

test("a cell's quote card is fetched on hover, for the view's day, and the page itself carries no quotes", async ({
  page,
  request,
}) => {
  const token = uniqueToken();
  const sentence = `Liechtenstein offers a field hospital, its envoy ${token} said.`;
  publishTestArticle({
    published: "2025-04-02",
    positions: [{ country: "LI", commitment: "logistics", stance: "committed", sentence }],
  });
  const html = await (await request.get("/?q=Liechtenstein")).text();
  expect(html).toMatch(cellInHtml("LI", "logistics"));
  expect(html).not.toContain(token);

  await page.goto("/?q=Liechtenstein");
  await matrixCell(page, "LI", "logistics").hover();
  const card = page.locator('#cell-preview[data-cell-preview="LI:logistics"]');
  await expect(card).toContainText(sentence);
  await expect(card).toContainText("2 Apr 2025");

  const current = await request.get("/api/cell-preview?country=li&type=logistics");
  expect(current.status()).toBe(200);
  expect(await current.json()).toMatchObject({ stance: "committed", statedOn: "2025-04-02", quote: sentence });
  // Before the statement there is no position to preview; a garbled request is refused.
  expect((await request.get("/api/cell-preview?country=li&type=logistics&at=2025-04-01")).status()).toBe(404);
  expect((await request.get("/api/cell-preview?country=li&type=no-such-type")).status()).toBe(400);
});

test("the matrix shows flags as images of their own files, not inline in every row", async ({ page, request }) => {
  publishTestArticle({
    published: today,
    positions: [
      { country: "MN", commitment: "intelligence", stance: "supports", sentence: `Mongolia ${uniqueToken()}.` },
    ],
  });
  await page.goto("/?q=Mongolia");
  const flag = page.locator('tr[data-country="MN"] th img');
  await expect(flag).toHaveAttribute("src", "/flags/mn.svg");
  const file = await request.get("/flags/mn.svg");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("image/svg+xml");
  expect(await file.text()).toContain("<svg");
  expect((await request.get("/flags/zz.svg")).status()).toBe(404);
});

test("?at= before a statement hides it, and on its day shows it", async ({ page }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-05-10",
    positions: [
      { country: "MC", commitment: "funding", stance: "committed", sentence: `Monaco pledges money ${token}.` },
    ],
  });
  await page.goto("/?q=Monaco&at=2025-05-09");
  await expect(page.locator('tr[data-country="MC"]')).toHaveCount(0);
  await page.goto("/?q=Monaco&at=2025-05-10");
  await expect(page.locator('tr[data-country="MC"] td[data-type="funding"] a')).toHaveAttribute(
    "data-stance",
    "committed",
  );
});

test("?since= marks the changed cell and lists the change from what to what", async ({ page }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-01-05",
    positions: [
      { country: "MT", commitment: "arms", stance: "considering", sentence: `Malta weighs arms aid ${token}.` },
    ],
  });
  publishTestArticle({
    published: "2025-03-05",
    positions: [
      { country: "MT", commitment: "arms", stance: "committed", sentence: `Malta will supply arms ${token}.` },
    ],
  });
  await page.goto("/?q=Malta&since=2025-02-01");
  const change = page.getByTestId("changes").locator("li").filter({ hasText: "Malta" });
  await expect(change).toContainText("Considering");
  await expect(change).toContainText("Committed");
  await expect(change).toContainText(`Malta will supply arms ${token}.`);
  await expect(matrixCell(page, "MT", "arms")).toContainText("Δ");
});

test("open a country from the matrix, copy its link, open it and see the same view", async ({
  page,
  context,
  browser,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-02-01",
    positions: [
      { country: "LU", commitment: "logistics", stance: "supports", sentence: `Luxembourg backs a hub ${token}.` },
    ],
  });
  publishTestArticle({
    published: "2025-08-01",
    positions: [
      { country: "LU", commitment: "logistics", stance: "committed", sentence: `Luxembourg will host a hub ${token}.` },
    ],
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?q=Luxembourg&at=2025-03-01");
  await page.getByTestId("matrix").getByRole("link", { name: "Luxembourg" }).click();
  await expect(page).toHaveURL(/\/countries\/lu\?at=2025-03-01$/);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("copy-status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/countries\/lu\?at=2025-03-01$/);

  const other = await browser.newPage();
  await other.goto(copied);
  await expect(other.getByRole("heading", { level: 1 })).toContainText("Luxembourg");
  await expect(other.locator('li[data-type="logistics"] [data-testid="current-evidence"]')).toContainText(
    `Luxembourg backs a hub ${token}.`,
  );
  await expect(other.locator('li[data-type="logistics"] [data-testid="timeline"]')).toHaveCount(0);
  await other.goto("/countries/lu");
  await expect(other.locator('li[data-type="logistics"] [data-testid="timeline"] li')).toHaveCount(2);
  await other.close();
});

test("the commitment map is rendered on the server", async ({ browser }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: today,
    positions: [
      {
        country: "SM",
        commitment: "maritime",
        stance: "ruled_out",
        sentence: `San Marino will not send ships ${token}.`,
      },
    ],
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/commitments/maritime");
  await expect(page.getByTestId("world-map")).toBeVisible();
  await expect(page.locator('[data-testid="world-map"] path[data-country="FR"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="commitment-positions"] li[data-country="SM"]')).toContainText(
    `San Marino will not send ships ${token}.`,
  );
  await context.close();
});

test("at a phone width every type of a country is readable", async ({ browser }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: today,
    positions: [
      {
        country: "VA",
        commitment: "backstop",
        stance: "opposes",
        sentence: `The Holy See rejects any force ${token}.`,
      },
    ],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/?q=Vatican");
  const row = page.locator('tr[data-country="VA"]');
  await expect(row).toBeVisible();
  // Each cell's type label comes from the stylesheet (written into no cell), shown on a phone only.
  const labels = await row.locator("td").evaluateAll((cells) =>
    cells.map((cell) => {
      const before = getComputedStyle(cell, "::before");
      return before.display === "none" ? null : before.content;
    }),
  );
  for (const label of [
    "Troops on the ground",
    "Ceasefire monitoring",
    "Backstop",
    "Intelligence",
    "Logistics and hubs",
  ]) {
    expect(labels).toContain(JSON.stringify(label));
  }
  await expect(row.locator('td[data-type="backstop"] a')).toContainText("Opposes");
  const box = await row.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  // A tap shows the quote first; a second tap opens the evidence.
  await matrixCell(page, "VA", "backstop").tap();
  await expect(page.locator('#cell-preview[data-cell-preview="VA:backstop"]')).toContainText(token);
  await matrixCell(page, "VA", "backstop").tap();
  await expect(page).toHaveURL(/\/countries\/va#backstop$/);
  await context.close();
});

test("search finds a statement by its words and marks them", async ({ page }) => {
  const token = uniqueToken();
  const word = `frigate${token}`;
  publishTestArticle({
    published: today,
    positions: [
      {
        country: "CY",
        commitment: "maritime",
        stance: "considering",
        sentence: `Cyprus may lend a ${word} to the mission.`,
      },
    ],
  });
  await page.goto("/search");
  await page.getByRole("searchbox").fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  const hit = page.getByTestId("search-results").locator(":scope > li");
  await expect(hit).toHaveCount(1);
  await expect(hit.locator("mark")).toHaveText(word);
  await hit.getByRole("link", { name: /Cyprus may lend/ }).click();
  await expect(page.getByTestId("statement-quote")).toContainText(`Cyprus may lend a ${word} to the mission.`);
});

test("the about page defines the stances and says when the data last changed", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "How positions are derived" })).toBeVisible();
  // The stances are defined by the matrix's own legend: every stance plus the two cell markers.
  const stances = page.getByRole("region", { name: "Stances" });
  await expect(stances.locator("dt")).toHaveCount(STANCES.length + 2);
  await expect(stances).toContainText(STANCE_INFO.ruled_out.description);
  await expect(page.getByTestId("last-change")).toContainText("The data last changed on");
  await expect(page.getByTestId("precision-table").locator("tbody tr")).toHaveCount(11);
  // The shipped model's cross-validated figures, overall and per type beside the editors' precision.
  await expect(page.getByTestId("model-figures")).toContainText(/scored by 5-fold cross-validation by article/u);
  await expect(page.getByTestId("model-figures")).toContainText(/F1 0\.\d\d/u);
  await expect(
    page
      .getByTestId("precision-table")
      .getByRole("row", { name: /^Troops/u })
      .getByRole("cell")
      .last(),
  ).toHaveText(/^\d+% of \d+$/u);
});

test("an article marks its statements in the text and links each to the position it supports", async ({ page }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: today,
    positions: [
      {
        country: "FJ",
        commitment: "training",
        stance: "committed",
        sentence: `Fiji will host a training course ${token} for Ukrainian medics.`,
      },
      {
        country: "KE",
        commitment: "monitoring",
        stance: "considering",
        sentence: `Kenya is weighing a place in the ceasefire observers ${token}.`,
      },
    ],
  });
  await page.goto(`/articles/${articleId}`);
  const marked = page.getByTestId("statement-in-text");
  await expect(marked).toHaveCount(2);
  await marked.filter({ hasText: "Kenya is weighing" }).click();
  await expect(page).toHaveURL(/#statement-/);
  const statement = page.locator(":target");
  await expect(statement).toContainText("Kenya is weighing a place");

  await statement.getByTestId("position-link").click();
  await expect(page).toHaveURL(/\/countries\/ke#monitoring$/);
  await expect(page.locator("#monitoring")).toContainText("Kenya is weighing a place");
});

test("?since= lists its changes a page at a time, the newest first, and every changed cell stays marked", async ({
  page,
}) => {
  // 55 changes in a window of days no other journey publishes in: more than one page of them.
  const token = uniqueToken();
  const countries = ["LA", "KH", "BN", "TL", "SB"];
  const positions = countries.flatMap((country) =>
    COMMITMENT_TYPES.map((commitment) => ({
      country,
      commitment,
      stance: "supports" as const,
      sentence: `${country} supports ${commitment} for Ukraine ${token}.`,
    })),
  );
  publishTestArticle({ published: "2023-05-10", positions });
  await page.goto("/?at=2023-05-20&since=2023-05-01");
  await expect(page.getByTestId("changes").locator("li")).toHaveCount(50);
  await expect(page.getByTestId("changes-range")).toContainText("1 to 50 of 55");
  // The grid marks every changed cell, listed on this page or not.
  const marked = page.locator('[data-testid="matrix"] a.matrix-cell-changed');
  await expect(marked).toHaveCount(55);
  await page.getByTestId("changes-pages").getByRole("link", { name: "Older changes" }).click();
  await expect(page).toHaveURL(/[?&]since=2023-05-01&changes=2$/);
  await expect(page.getByTestId("changes").locator("li")).toHaveCount(5);
  await expect(page.getByTestId("changes-range")).toContainText("51 to 55 of 55");
  await expect(page.getByTestId("changes-pages")).toContainText("Page 2 of 2");
  await page.getByTestId("changes-pages").getByRole("link", { name: "Newer changes" }).click();
  await expect(page.getByTestId("changes").locator("li")).toHaveCount(50);
});
