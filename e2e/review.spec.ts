// The editor's second-pass review journeys (issue 12): decisions saved as made, the whole
// review by keyboard, statement dates, the publish preview with same-day contradictions,
// duplicates merged, two tabs on one draft, and axe on the page. Each test signs in its own
// editor and pastes its own article, about countries no other journey publishes for.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { matrixCell } from "./support/matrix";
import { expectAllSaved, pasteForReview, proposal } from "./support/review";
import { publishTestArticle, uniqueToken } from "./support/seed";

async function signInAsNewEditor(page: Page) {
  await signIn(page, createUser({ role: "editor" }));
}

/** Presses Tab (or Shift+Tab) until `target` has focus; bounded, so it fails rather than loops. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean } = {}) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function focusedTestId(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element
      ? `${element.dataset.testid ?? element.tagName}:${element.dataset.country ?? ""}:${element.dataset.commitment ?? ""}`
      : null;
  });
}

test.describe("review, second pass", () => {
  test("three decisions survive a reload", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await pasteForReview(page, {
      title: `Black Sea and Balkans ${token}`,
      published: "2026-03-10",
      body: [
        "Romania will train Ukrainian pilots at its air bases and open a logistics hub for the coalition in Ukraine, the defence ministry in Bucharest said on Monday.",
        "Bulgaria will not send troops to Ukraine, Prime Minister Rosen Zhelyazkov said.",
        "Croatia supports a security guarantee for Ukraine modelled on Article 5, its foreign minister said.",
        `Observers expect further talks (ref ${token}).`,
      ].join("\n\n"),
    });

    await proposal(page, "RO", "training").getByRole("button", { name: "Accept" }).click();
    await proposal(page, "BG", "troops").getByRole("button", { name: "Reject" }).click();
    await proposal(page, "HR", "article5").getByRole("button", { name: "Accept" }).click();
    await expectAllSaved(page);

    await page.reload();
    await expect(proposal(page, "RO", "training")).toHaveAttribute("data-decision", "accepted");
    await expect(proposal(page, "BG", "troops")).toHaveAttribute("data-decision", "rejected");
    await expect(proposal(page, "HR", "article5")).toHaveAttribute("data-decision", "accepted");
    await expect(proposal(page, "RO", "logistics")).toHaveAttribute("data-decision", "pending");
    await expect(page.getByRole("button", { name: "Publish article with 2 accepted positions" })).toBeVisible();
  });

  test("review and publish an article with the keyboard only", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await pasteForReview(page, {
      title: `Prague and Bratislava ${token}`,
      published: "2026-03-10",
      body: [
        "The Czech Republic will send air defence systems to Ukraine, Prime Minister Petr Fiala said on Tuesday.",
        "Slovakia will not take part in a ceasefire monitoring mission, its foreign minister said.",
        `Officials from both countries met in Prague on Wednesday (ref ${token}).`,
      ].join("\n\n"),
    });
    const announcer = page.getByTestId("review-announcer");

    // Tab reaches the proposals; `a` accepts and moves on to the next undecided one, wrapping
    // round: the cards come in the engine's order, most confident first, which a retrained
    // model may change, so the journey starts from the Czech card wherever it stands.
    await tabTo(page, proposal(page, "CZ", "arms"));
    expect(await focusedTestId(page)).toBe("proposal:CZ:arms");
    await page.keyboard.press("a");
    await expect(proposal(page, "CZ", "arms")).toHaveAttribute("data-decision", "accepted");
    await expect(proposal(page, "SK", "monitoring")).toBeFocused();
    await expect(announcer).toContainText("Accepted: Czech Republic");

    // `e` opens the editor, Esc closes it and gives focus back to the card.
    await page.keyboard.press("e");
    await expect(page.getByTestId("position-editor").getByLabel("Country or actor")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("position-editor")).toHaveCount(0);
    await expect(proposal(page, "SK", "monitoring")).toBeFocused();

    // Shortcuts switched off: `r` does nothing; the Reject button (Enter) still works and moves on.
    await tabTo(page, page.getByTestId("shortcuts-toggle"), { backwards: true });
    await page.keyboard.press("Space");
    await expect(page.getByTestId("shortcuts-toggle")).not.toBeChecked();
    await tabTo(page, proposal(page, "SK", "monitoring"));
    await page.keyboard.press("r");
    await expect(proposal(page, "SK", "monitoring")).toHaveAttribute("data-decision", "pending");
    await tabTo(page, proposal(page, "SK", "monitoring").getByRole("button", { name: "Reject" }));
    await page.keyboard.press("Enter");
    await expect(proposal(page, "SK", "monitoring")).toHaveAttribute("data-decision", "rejected");

    // A position the engine missed: from the sentences (one Tab stop, arrows between them), Enter adds one.
    await tabTo(page, page.locator('[data-testid="article-text"] [role="button"][tabindex="0"]'), { backwards: true });
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator('[data-testid="article-text"] [role="button"]').nth(2)).toBeFocused();
    await page.keyboard.press("Enter");
    const editor = page.getByTestId("position-editor");
    await expect(editor.getByLabel("Country or actor")).toBeFocused();
    await page.keyboard.type("Czech");
    await expect(editor.getByLabel("Country or actor")).toHaveValue("CZ");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Training");
    await expect(editor.getByLabel("Commitment")).toHaveValue("training");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Considering");
    await expect(editor.getByLabel("Stance")).toHaveValue("considering");
    await tabTo(page, editor.getByRole("button", { name: "Save and accept" }));
    await page.keyboard.press("Enter");
    await expect(proposal(page, "CZ", "training")).toHaveAttribute("data-decision", "accepted");
    await expect(proposal(page, "CZ", "training")).toBeFocused();
    await expectAllSaved(page);

    const publish = page.getByRole("button", { name: "Publish article with 2 accepted positions" });
    await tabTo(page, publish);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("published-banner")).toBeVisible();

    await page.goto("/");
    await expect(matrixCell(page, "CZ", "arms")).toContainText("Committed");
    await expect(matrixCell(page, "CZ", "training")).toContainText("Considering");
    await expect(matrixCell(page, "SK", "monitoring")).toHaveCount(0);
  });

  test("an edited statement date is the date the matrix uses", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await pasteForReview(page, {
      title: `Athens frigate ${token}`,
      published: "2026-03-10",
      body: [
        "Greece will send a frigate to the Black Sea to help with demining, Prime Minister Kyriakos Mitsotakis said.",
        `Shipping insurers welcomed the plan (ref ${token}).`,
      ].join("\n\n"),
    });
    await proposal(page, "GR", "maritime").getByRole("button", { name: "Edit" }).click();
    const editor = page.getByTestId("position-editor");
    const date = editor.getByLabel("Statement date");
    await expect(date).toHaveValue("2026-03-10");

    // Not after the article's date.
    await date.fill("2026-03-11");
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(editor.getByTestId("editor-statedOn-error")).toHaveText(/after the article's date/);
    await expect(date).toHaveAttribute("aria-invalid", "true");

    await date.fill("2026-01-20");
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(proposal(page, "GR", "maritime").getByTestId("stated-on")).toHaveText("Stated on 20 Jan 2026");
    await expectAllSaved(page);
    await page.reload();
    await expect(proposal(page, "GR", "maritime").getByTestId("stated-on")).toHaveText("Stated on 20 Jan 2026");
    await page.getByRole("button", { name: "Publish article with 1 accepted position" }).click();
    await expect(page.getByTestId("published-banner")).toBeVisible();

    await page.goto("/?date=2026-01-19");
    await expect(matrixCell(page, "GR", "maritime")).toHaveCount(0);
    await page.goto("/?date=2026-01-20");
    await expect(matrixCell(page, "GR", "maritime")).toContainText("Committed");
  });

  test("a contradiction stated the same day is flagged before publishing", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    publishTestArticle({
      published: "2026-03-04",
      positions: [
        { country: "IE", commitment: "troops", stance: "ruled_out", sentence: `Ireland rules out troops (${token}).` },
      ],
    });
    await pasteForReview(page, {
      title: `Dublin ${token}`,
      published: "2026-03-04",
      body: [
        "Ireland will send troops to Ukraine as part of a reassurance force, the Irish government said.",
        `Dublin has long kept a policy of military neutrality (ref ${token}).`,
      ].join("\n\n"),
    });
    await proposal(page, "IE", "troops").getByRole("button", { name: "Accept" }).click();
    const effect = page.locator('[data-testid="publish-effect"][data-country="IE"][data-commitment="troops"]');
    await expect(effect).toHaveAttribute("data-effect", "contradiction");
    await expect(effect).toContainText("Same-day contradiction: Ruled out was also stated on 4 Mar 2026");

    await page.getByRole("button", { name: "Publish article with 1 accepted position" }).click();
    await expect(page.getByTestId("publish-message")).toContainText("contradicts another stated the same day");
    await expect(page).toHaveURL(/\/ingest\//);

    // Resolved by the editor: an older statement date sends it into the history instead.
    await proposal(page, "IE", "troops").getByRole("button", { name: "Edit" }).click();
    await page.getByTestId("position-editor").getByLabel("Statement date").fill("2026-02-20");
    await page.getByTestId("position-editor").getByRole("button", { name: "Save and accept" }).click();
    await expect(effect).toHaveAttribute("data-effect", "older");
    await expectAllSaved(page);
    await page.getByRole("button", { name: "Publish article with 1 accepted position" }).click();
    await expect(page.getByTestId("published-banner")).toBeVisible();
    await page.goto("/");
    await expect(matrixCell(page, "IE", "troops")).toContainText("Ruled out");
  });

  test("a position added by hand identical to a proposal is stored once", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await pasteForReview(page, {
      title: `Luxembourg drones ${token}`,
      published: "2026-03-10",
      body: [
        "Luxembourg will send drones to Ukraine's armed forces, its prime minister said.",
        `The sum was not disclosed (ref ${token}).`,
      ].join("\n\n"),
    });
    const card = page.locator('[data-testid="proposal"][data-country="LU"]');
    await expect(card).toHaveCount(1);
    const commitment = (await card.getAttribute("data-commitment"))!;
    const stance = (await card.locator("[data-stance]").getAttribute("data-stance"))!;

    await page
      .getByTestId("article-text")
      .getByText(/Luxembourg will send/)
      .click();
    const editor = page.getByTestId("position-editor");
    await editor.getByLabel("Country or actor").selectOption("LU");
    await editor.getByLabel("Commitment").selectOption(commitment);
    await editor.getByLabel("Stance").selectOption(stance);
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(page.getByTestId("review-announcer")).toContainText("merged");
    await expectAllSaved(page);
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute("data-decision", "accepted");

    await page.getByRole("button", { name: "Publish article with 1 accepted position" }).click();
    await expect(page.getByTestId("published-banner")).toBeVisible();
    await expect(page.getByTestId("commitment")).toHaveCount(1);
  });

  test("two tabs on one draft never publish a stale decision", async ({ page, context }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const url = await pasteForReview(page, {
      title: `Vienna ${token}`,
      published: "2026-03-10",
      body: [
        "Austria is considering taking part in a ceasefire monitoring mission in Ukraine, Chancellor Christian Stocker said.",
        `The coalition debated the plan for weeks (ref ${token}).`,
      ].join("\n\n"),
    });
    const other = await context.newPage();
    await other.goto(url);
    await expect(proposal(other, "AT", "monitoring")).toHaveAttribute("data-decision", "pending");

    // The first tab accepts; the second still shows it undecided and tries to publish.
    await proposal(page, "AT", "monitoring").getByRole("button", { name: "Accept" }).click();
    await expectAllSaved(page);
    await other.getByRole("button", { name: "Publish article with 0 accepted positions" }).click();
    await expect(other.getByTestId("publish-message")).toContainText("changed in another tab or by another editor");
    await expect(other).toHaveURL(url);

    // Reloaded, it shows the saved decision and publishes exactly that.
    await other.getByRole("button", { name: "Reload" }).click();
    await expect(proposal(other, "AT", "monitoring")).toHaveAttribute("data-decision", "accepted");
    await other.getByRole("button", { name: "Publish article with 1 accepted position" }).click();
    await expect(other.getByTestId("published-banner")).toBeVisible();
    await expect(other.locator('[data-testid="commitment"]')).toHaveCount(1);

    // The first tab can no longer change what was published.
    await proposal(page, "AT", "monitoring").getByRole("button", { name: "Reject" }).click();
    await expect(page.getByTestId("save-status")).toContainText("published meanwhile");
  });

  test("axe finds no serious or critical violation on the review page, with and without the editor open", async ({
    page,
  }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await pasteForReview(page, {
      title: `Benelux ${token}`,
      published: "2026-03-10",
      body: [
        "Belgium will send troops to Ukraine after a peace agreement is signed, Prime Minister Bart De Wever said on Monday.",
        "The Netherlands is considering air policing over western Ukraine, its defence minister said.",
        `Analysts expect more pledges (ref ${token}).`,
      ].join("\n\n"),
    });
    await proposal(page, "BE", "troops").getByRole("button", { name: "Accept" }).click();
    await expectAllSaved(page);
    // The engine's reasons for its confidence, open for the check below too.
    const explanation = proposal(page, "BE", "troops").getByTestId("explanation");
    await explanation.getByText(/^Why \d+%$/).click();
    // The learned decision names the features that weighed most, then the stance and its probability.
    await expect(explanation.getByRole("list", { name: "What the confidence is made of" })).toContainText(
      /stance conditional/u,
    );
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(await serious()).toEqual([]);
    await proposal(page, "NL", "air").getByRole("button", { name: "Edit" }).click();
    await expect(page.getByTestId("position-editor")).toBeVisible();
    expect(await serious()).toEqual([]);

    // The review page is not styled for dark mode, so in a dark system theme it stays light,
    // its stance badges included (their light colours are the ones checked against it).
    await page.emulateMedia({ colorScheme: "dark" });
    const badge = proposal(page, "BE", "troops").locator("[data-stance]");
    const colours = await badge.evaluate((element) => {
      // The stance's light colour, as the page's palette (app/layout.tsx) gives it to the badge.
      const hex = getComputedStyle(element).getPropertyValue("--stance-bg").trim();
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      return { painted: getComputedStyle(element).backgroundColor, light: `rgb(${r}, ${g}, ${b})` };
    });
    expect(colours.painted).toBe(colours.light);
    expect(await serious()).toEqual([]);
  });

  test("a page styled for dark mode paints the stances from the palette's dark colours", async ({ page }) => {
    // A troops position of its own, so that this dark-ready page shows a stance badge.
    const token = uniqueToken();
    publishTestArticle({
      published: "2026-02-11",
      positions: [
        { country: "MC", commitment: "troops", stance: "opposes", sentence: `Monaco opposes a force ${token}.` },
      ],
    });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/commitments/troops");
    const painted = page.locator(
      '[data-testid="commitment-positions"] li[data-country="MC"] .stance-chip[data-stance]',
    );
    await expect(painted).toBeAttached();
    const colours = await painted.evaluate((element) => {
      // The stance's dark colour, as the page's palette (app/layout.tsx) gives it to the badge.
      const hex = getComputedStyle(element).getPropertyValue("--stance-bg-dark").trim();
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const style = getComputedStyle(element);
      return {
        painted: element.tagName === "path" ? style.fill : style.backgroundColor,
        dark: `rgb(${r}, ${g}, ${b})`,
      };
    });
    expect(colours.painted).toBe(colours.dark);
  });
});

test.describe("a long paste", () => {
  test("200 KB of one-word sentences gives a review page bounded by the part it shows, with the rest a link away", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const words = ["Yes.", "No.", "Maybe.", "Later.", "Again.", "Enough."];
    let body = `Reference ${token}.`;
    for (let index = 0; body.length < 199 * 1024; index++) body += ` ${words[index % words.length]}`;
    await page.goto("/ingest");
    await page.getByLabel("Title").fill(`One-word sentences ${token}`);
    await page.getByLabel("Outlet").fill("E2E Review Wire");
    await page.getByLabel("Publication date").fill("2026-03-12");
    await page.getByLabel("Article text").fill(body);
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page.getByTestId("form-message").or(page.getByTestId("article-part"))).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByTestId("form-message")).toHaveCount(0);
    const url = page.url();

    // Before the parts, this page was 7.4 MB of HTML: a marked-up span per sentence, and the
    // text of every sentence again in the page's data.
    const html = await (await page.request.get(url)).text();
    expect(html.length).toBeLessThan(800 * 1024);
    expect(html.split('role="button" tabindex=').length - 1).toBeLessThanOrEqual(200 + 20);
    await expect(page.getByTestId("article-part")).toContainText(/^Part 1 of \d{3}: sentences 1–200$/);
    await page.getByRole("link", { name: "Next part" }).click();
    await expect(page).toHaveURL(/\?part=2$/);
    await expect(page.getByTestId("article-part")).toContainText(/^Part 2 of \d{3}: sentences 201–400$/);
    await expect(page.getByTestId("article-text")).not.toContainText(`Reference ${token}.`);
  });
});
