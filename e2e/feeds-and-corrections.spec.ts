// What leaves the tracker as feeds and as the public corrections log: a reader subscribes
// from a page's <link rel="alternate">, and sees every correction without the editor's name.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { publishTestArticle, uniqueToken } from "./support/seed";

test("a reader finds the feeds from the pages and a hostile title arrives as text", async ({ page, request }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2026-02-03",
    title: `<script>alert(1)</script> =cmd|' /C calc'!A0 ${token}`,
    positions: [
      { country: "EE", commitment: "maritime", stance: "committed", sentence: `Estonia sends a minehunter ${token}.` },
    ],
  });

  await page.goto("/");
  const statementsFeed = page.locator('head link[rel="alternate"][type="application/atom+xml"]').first();
  await expect(statementsFeed).toHaveAttribute("href", /\/feeds\/statements\.atom$/);
  await page.goto("/countries/ee");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/countries\/ee\/feed\.atom$/,
  );

  for (const path of ["/feeds/statements.atom", "/countries/ee/feed.atom", "/commitments/maritime/feed.atom"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain(`Estonia sends a minehunter ${token}.`);
    expect(xml).not.toContain("<script");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
  expect((await request.get("/countries/zz/feed.atom")).status()).toBe(404);
  expect((await request.get("/commitments/nonsense/feed.atom")).status()).toBe(404);
});

test("a correction appears in the public log and its feed, without who made it", async ({ page, request }) => {
  const token = uniqueToken();
  const { articleId } = publishTestArticle({
    published: "2026-02-04",
    positions: [
      { country: "PT", commitment: "training", stance: "committed", sentence: `Portugal trains pilots ${token}.` },
    ],
  });
  const editor = createUser({ role: "editor" });
  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const commitment = page.locator('[data-testid="commitment"][data-country="PT"][data-commitment="training"]');
  await commitment.getByText("Correct or retract").click();
  await commitment.getByLabel("Stance").selectOption("considering");
  await commitment.getByLabel(/Why/).first().fill(`Only studied so far ${token}`);
  await commitment.getByRole("button", { name: "Save correction" }).click();
  await expect(commitment.locator("[data-stance]")).toContainText("Considering");

  await page.context().clearCookies();
  await page.goto("/corrections");
  const entry = page.getByTestId("correction").filter({ hasText: `Only studied so far ${token}` });
  await expect(entry.getByTestId("correction-summary")).toHaveText(
    "Portugal, Training corrected: committed → considering.",
  );
  await expect(entry).toContainText(`Portugal trains pilots ${token}.`);
  await expect(entry).not.toContainText(editor.name);

  const feed = await (await request.get("/feeds/corrections.atom")).text();
  expect(feed).toContain(`Why: Only studied so far ${token}`);
  expect(feed).not.toContain(editor.name);
  expect(feed).not.toContain(editor.email);
});
