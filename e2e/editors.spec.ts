// Editors fix the engine's errors in groups: one edit applies a speaker and a date to every
// proposal of the paragraph, "unnamed officials" is one click, the undecided rest is accepted
// at once, and a position added by hand has no default type or stance. A refused paste takes
// the focus to a summary that names each field once.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { expectAllSaved, pasteForReview } from "./support/review";
import { uniqueToken } from "./support/seed";

test("one edit applies the speaker and the date to the paragraph, and the rest is accepted at once", async ({
  page,
}) => {
  await signIn(page, createUser({ role: "editor" }));
  const token = uniqueToken();
  await pasteForReview(page, {
    title: `Madrid background ${token}`,
    published: "2026-03-10",
    body: [
      "Spain will send troops to Ukraine, Prime Minister Pedro Sanchez said. Spain will also fund the ceasefire monitoring mission and will train Ukrainian pilots.",
      `Markets were calm on the day (ref ${token}).`,
    ].join("\n\n"),
  });
  const cards = page.getByTestId("proposal");
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(2);

  await cards.first().getByRole("button", { name: "Edit" }).click();
  const editor = page.getByTestId("position-editor");
  await editor.getByRole("button", { name: "Unnamed officials" }).click();
  await expect(editor.getByLabel("Speaker")).toHaveValue("unnamed officials");
  await editor.getByLabel("Statement date").fill("2026-02-20");
  const group = editor.getByTestId("apply-to-group");
  await group.getByLabel("Which ones").selectOption("paragraph");
  await expect(group.getByLabel("What")).toHaveValue("speaker,statedOn");
  await editor.getByRole("button", { name: "Save and accept" }).click();
  await expectAllSaved(page);

  // Every proposal of the paragraph has the speaker and the date; only the edited one is decided.
  for (let index = 0; index < count; index++) {
    await expect(cards.nth(index).getByTestId("stated-on")).toHaveText("Stated on 20 Feb 2026");
    await expect(cards.nth(index)).toContainText("Speaker: unnamed officials");
  }
  await expect(page.locator('[data-testid="proposal"][data-decision="accepted"]')).toHaveCount(1);

  await page.getByRole("button", { name: `Accept the ${count - 1} undecided` }).click();
  await expectAllSaved(page);
  await expect(page.locator('[data-testid="proposal"][data-decision="accepted"]')).toHaveCount(count);
  await page.reload();
  await expect(page.locator('[data-testid="proposal"][data-decision="accepted"]')).toHaveCount(count);
  await expect(cards.first()).toContainText("Speaker: unnamed officials");
});

test("a position added by hand has no default type or stance", async ({ page }) => {
  await signIn(page, createUser({ role: "editor" }));
  const token = uniqueToken();
  await pasteForReview(page, {
    title: `Quiet day ${token}`,
    published: "2026-03-10",
    body: `Officials met in Rome to discuss the reconstruction conference (ref ${token}).\n`,
  });
  await page.locator('[data-testid="article-text"] [role="button"]').first().click();
  const editor = page.getByTestId("position-editor");
  await expect(editor.getByLabel("Commitment")).toHaveValue("");
  await expect(editor.getByLabel("Stance")).toHaveValue("");
  await editor.getByLabel("Country or actor").selectOption("IT");
  await editor.getByRole("button", { name: "Save and accept" }).click();
  await expect(editor.getByTestId("editor-commitment-error")).toHaveText("Choose the commitment type.");
  await expect(editor.getByTestId("editor-stance-error")).toHaveText("Choose the stance.");
  await expect(page.getByTestId("proposal")).toHaveCount(0);

  await editor.getByLabel("Commitment").selectOption("funding");
  await editor.getByLabel("Stance").selectOption("considering");
  await editor.getByRole("button", { name: "Save and accept" }).click();
  await expect(page.locator('[data-testid="proposal"][data-country="IT"][data-commitment="funding"]')).toHaveAttribute(
    "data-decision",
    "accepted",
  );
});

test("a refused paste moves the focus to a summary that names each field once", async ({ page }) => {
  await signIn(page, createUser({ role: "editor" }));
  await page.goto("/ingest");
  await page.getByLabel("Title").fill(`Refused ${uniqueToken()}`);
  await page.getByLabel("Article text").fill("France will send troops to Ukraine, its president said.");
  await page.getByRole("button", { name: "Extract positions" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("listitem")).toHaveText([
    "Outlet: Give the outlet (e.g. Reuters).",
    "Publication date: Give the publication date.",
  ]);
  // Under the field too, one message: an empty date is not also an invalid one.
  await expect(page.getByTestId("published-error").locator("p")).toHaveCount(1);
  await summary.getByRole("link", { name: /^Publication date/ }).click();
  await expect(page.getByLabel("Publication date")).toBeFocused();
});
