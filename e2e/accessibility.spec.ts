// axe on every page type, in light and dark mode, at a desktop and a phone width: no serious or
// critical violation (contrast included: the quotes, bylines and share buttons once vanished in
// dark mode). Also writes the screenshots of the matrix, a country page and the review in each
// of the four settings to test-results/screens/, for a person to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { pasteForReview, proposal } from "./support/review";
import { publishTestArticle, uniqueToken } from "./support/seed";

const today = new Date().toISOString().slice(0, 10);

const SETTINGS = [
  { name: "desktop-light", viewport: { width: 1440, height: 900 }, colorScheme: "light" },
  { name: "desktop-dark", viewport: { width: 1440, height: 900 }, colorScheme: "dark" },
  { name: "phone-light", viewport: { width: 390, height: 844 }, colorScheme: "light" },
  { name: "phone-dark", viewport: { width: 390, height: 844 }, colorScheme: "dark" },
] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Opens `path` in each setting and collects axe's serious and critical findings, per setting. */
async function auditInEverySetting(page: Page, path: string, screenshot?: string): Promise<void> {
  const found: Record<string, string[]> = {};
  for (const setting of SETTINGS) {
    await page.setViewportSize(setting.viewport);
    await page.emulateMedia({ colorScheme: setting.colorScheme });
    await page.goto(path);
    const violations = await seriousViolations(page);
    if (violations.length > 0) found[setting.name] = violations;
    if (screenshot) await page.screenshot({ path: `test-results/screens/${screenshot}-${setting.name}.png` });
  }
  expect(found).toEqual({});
}

let articleId = "";
let statementId = "";

test.beforeAll(() => {
  const token = uniqueToken();
  // Its own evidence, quoted in the way that once doubled the marks, with a condition and a contested day.
  articleId = publishTestArticle({
    published: today,
    title: `Santo Domingo statement ${token}`,
    positions: [
      {
        country: "DO",
        commitment: "troops",
        stance: "conditional",
        condition: "after a ceasefire",
        speaker: "the foreign minister",
        sentence: `"We would send a unit once the guns fall silent," the minister said (${token}).`,
      },
      {
        country: "DO",
        commitment: "air",
        stance: "ruled_out",
        sentence: `No jets will go, officials said (${token}).`,
      },
      {
        country: "JM",
        commitment: "air",
        stance: "ruled_out",
        sentence: `No jets will go, officials said (${token}).`,
      },
    ],
  }).articleId;
});

const PUBLIC_PAGES: { name: string; path: () => string; screenshot?: string }[] = [
  { name: "the matrix", path: () => "/", screenshot: "matrix" },
  { name: "the matrix with changes", path: () => "/?since=2025-01-01" },
  { name: "a country", path: () => "/countries/do", screenshot: "country" },
  { name: "a commitment type", path: () => "/commitments/troops" },
  { name: "an article", path: () => `/articles/${articleId}` },
  { name: "search", path: () => "/search?q=minister" },
  { name: "about", path: () => "/about" },
  { name: "corrections", path: () => "/corrections" },
  { name: "sign in", path: () => "/sign-in" },
  { name: "a missing page", path: () => "/no-such-page" },
  { name: "the matrix embed", path: () => "/embed/matrix" },
  { name: "a country embed", path: () => "/embed/countries/do" },
  { name: "a commitment embed", path: () => "/embed/commitments/air" },
];

for (const { name, path, screenshot } of PUBLIC_PAGES) {
  test(`axe: no serious or critical violation on ${name}, light and dark, desktop and phone`, async ({ page }) => {
    test.slow();
    await auditInEverySetting(page, path(), screenshot);
  });
}

test("axe: no serious or critical violation on a statement page, light and dark, desktop and phone", async ({
  page,
}) => {
  test.slow();
  await page.goto(`/articles/${articleId}`);
  statementId = (await page
    .getByRole("link", { name: /^permalink/ })
    .first()
    .getAttribute("href"))!
    .split("/")
    .pop()!;
  await auditInEverySetting(page, `/statements/${statementId}`);
});

test("axe: no serious or critical violation on the editor's pages, light and dark, desktop and phone", async ({
  page,
}) => {
  test.slow();
  await signIn(page, createUser({ role: "admin" }));
  await auditInEverySetting(page, "/ingest");
  await auditInEverySetting(page, "/admin/users");
  const token = uniqueToken();
  const review = await pasteForReview(page, {
    title: `Review screens ${token}`,
    published: today,
    body: `Portugal will send a frigate to the Black Sea, its prime minister said.\n\nNorway will not send troops to Ukraine (ref ${token}).\n`,
  });
  await expect(proposal(page, "PT", "maritime")).toBeVisible();
  await auditInEverySetting(page, new URL(review).pathname, "review");
});
