// Helpers for the review journeys: paste an article as a signed-in editor and land on its
// review page; find a proposal card; wait until every decision is saved.
import { expect, type Locator, type Page } from "@playwright/test";

export interface PastedArticle {
  title: string;
  published: string;
  body: string;
}

/** Pastes an article through the ingest form and returns the review page's URL. */
export async function pasteForReview(page: Page, article: PastedArticle): Promise<string> {
  await page.goto("/ingest");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Outlet").fill("E2E Review Wire");
  await page.getByLabel("Publication date").fill(article.published);
  await page.getByLabel("Article text").fill(article.body);
  await page.getByRole("button", { name: "Extract positions" }).click();
  // The analysis runs in a worker thread (up to its time budget), slower on a machine running other journeys.
  await expect(page).toHaveURL(/\/ingest\/[^/?]+$/, { timeout: 20_000 });
  return page.url();
}

export function proposal(page: Page, country: string, commitment: string): Locator {
  return page.locator(`[data-testid="proposal"][data-country="${country}"][data-commitment="${commitment}"]`);
}

/** Every optimistic change has been confirmed by the server. */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveText("Every decision is saved on the draft.");
}
