import { expect, test } from "@playwright/test";
import { publishTestArticle, uniqueToken } from "./support/seed";
import { matrixCell } from "./support/matrix";

test.describe("the matrix and a country's evidence", () => {
  test("an analyst opens the matrix, then a country, and reads the quoted sentence behind a cell", async ({ page }) => {
    // Norway's troops cell gets a position dated today, so it is the one that stands.
    const token = uniqueToken();
    const sentence = `Norway will send a battalion to the reassurance force, minister ${token} said.`;
    const today = new Date().toISOString().slice(0, 10);
    publishTestArticle({
      published: today,
      title: `Oslo pledge ${token}`,
      positions: [{ country: "NO", commitment: "troops", stance: "committed", sentence }],
    });

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Who guarantees what for Ukraine" })).toBeVisible();
    const norway = page.locator('[data-testid="matrix"] tr[data-country="NO"]');
    await expect(norway.locator('td[data-type="troops"] [data-stance]')).toHaveAttribute("data-stance", "committed");
    // The flag, as an SVG image rather than an emoji.
    await expect(norway.locator('th img[src="/flags/no.svg"]')).toBeVisible();

    await norway.getByRole("link", { name: "Norway" }).click();
    await expect(page).toHaveURL(/\/countries\/no$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Norway");
    const troops = page.locator('li[data-type="troops"]');
    await expect(troops.getByTestId("current-evidence").locator("blockquote")).toContainText(sentence);
    await expect(troops.getByText(`Oslo pledge ${token}`)).toBeVisible();
  });

  test("a cell links straight to its evidence on the country page", async ({ page }) => {
    // Its own position, dated today: no other journey gives Ireland an intelligence position.
    const token = uniqueToken();
    const sentence = `Ireland will share satellite imagery with Kyiv's analysts, officials said (${token}).`;
    publishTestArticle({
      published: new Date().toISOString().slice(0, 10),
      positions: [{ country: "IE", commitment: "intelligence", stance: "committed", sentence }],
    });
    await page.goto("/");
    const cell = page.locator('tr[data-country="IE"] td[data-type="intelligence"] a');
    await expect(cell).toBeVisible();
    await cell.click();
    await expect(page).toHaveURL(/\/countries\/ie#intelligence$/);
    await expect(page.locator('li#intelligence [data-testid="current-evidence"] blockquote')).toContainText(sentence);
  });

  test("a past date shows the positions that stood then", async ({ page }) => {
    const token = uniqueToken();
    publishTestArticle({
      published: "2024-06-01",
      positions: [
        { country: "IS", commitment: "funding", stance: "considering", sentence: `Iceland weighs a fund ${token}.` },
      ],
    });
    publishTestArticle({
      published: "2024-09-01",
      positions: [
        { country: "IS", commitment: "funding", stance: "committed", sentence: `Iceland will pay ${token}.` },
      ],
    });
    await page.goto("/?date=2024-07-01");
    await expect(page.locator('tr[data-country="IS"] td[data-type="funding"] [data-stance]')).toHaveAttribute(
      "data-stance",
      "considering",
    );
    await page.goto("/countries/is?date=2024-10-01");
    await expect(page.locator('li[data-type="funding"] [data-testid="current-evidence"] blockquote')).toContainText(
      `Iceland will pay ${token}.`,
    );
  });

  test("the grid hydrates as the server drew it: its marks, and no React error in the console", async ({ page }) => {
    // Slovenia's maritime cell: opposed a year ago, then two stances stated today (contested),
    // so that with ?since= it is both changed and contested. No other journey uses it.
    const token = uniqueToken();
    const today = new Date().toISOString().slice(0, 10);
    const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    publishTestArticle({
      published: lastYear,
      positions: [
        { country: "SI", commitment: "maritime", stance: "opposes", sentence: `Slovenia rules out patrols ${token}.` },
      ],
    });
    for (const stance of ["supports", "considering"] as const) {
      publishTestArticle({
        published: today,
        positions: [
          { country: "SI", commitment: "maritime", stance, sentence: `Slovenia on patrols, ${stance} ${token}.` },
        ],
      });
    }
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(`/?since=${lastMonth}&types=maritime,air`);
    const cell = matrixCell(page, "SI", "maritime");
    await expect(cell).toHaveClass(/matrix-cell-changed/);
    await expect(cell).toContainText("⚑");
    await expect(cell).toContainText("Δ");
    await expect(cell.locator(".sr-only")).toHaveText(", contested, changed");
    // Only the filtered types are columns, in the order asked.
    await expect(page.locator('tr[data-country="SI"] td')).toHaveCount(2);
    // Hydrated: the country link navigates on the client, and the console stayed clean.
    await page.locator('tr[data-country="SI"] th a').click();
    await expect(page).toHaveURL(/\/countries\/si$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Slovenia");
    expect(errors).toEqual([]);
  });

  test("an unknown country code is a 404 page", async ({ page }) => {
    const response = await page.goto("/countries/zz");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
