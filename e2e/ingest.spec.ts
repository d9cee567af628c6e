// The editor's journeys: paste, review (accept, edit, reject, add), publish, see the matrix
// change; paste again and land on the existing article; every kind of bad input; and what a
// signed-out visitor can and cannot do. Each test signs in its own editor and pastes its own
// article (a unique token in the text keeps fingerprints apart).
import { expect, type Page, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { uniqueToken } from "./support/seed";

function nordicArticle(token: string): string {
  return [
    "Denmark will send troops to Ukraine after a peace agreement is signed, Prime Minister Mette Frederiksen said on Monday.",
    "Sweden will not send troops to Ukraine, but it is ready to support a monitoring mission, Prime Minister Ulf Kristersson said.",
    "Finland supports a security guarantee for Ukraine modelled on Article 5, President Alexander Stubb said.",
    `Estonian instructors have trained thousands of Ukrainian soldiers since 2022 (report ${token}).`,
  ].join("\n\n");
}

async function fillArticle(
  page: Page,
  fields: { title?: string; outlet?: string; url?: string; published?: string; body?: string },
) {
  if (fields.title !== undefined) await page.getByLabel("Title").fill(fields.title);
  if (fields.outlet !== undefined) await page.getByLabel("Outlet").fill(fields.outlet);
  if (fields.url !== undefined) await page.getByLabel("URL (optional)").fill(fields.url);
  if (fields.published !== undefined) await page.getByLabel("Publication date").fill(fields.published);
  if (fields.body !== undefined) await page.getByLabel("Article text").fill(fields.body);
}

async function signInAsNewEditor(page: Page) {
  const editor = createUser({ role: "editor" });
  await signIn(page, editor);
  return editor;
}

test.describe("ingest and review", () => {
  test("paste, accept one, edit one, reject one, add one, publish, and see the matrix change", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    await page.goto("/ingest");
    await fillArticle(page, {
      title: `Nordic pledges ${token}`,
      outlet: "E2E Wire",
      published: "2026-02-02",
      body: nordicArticle(token),
    });
    await page.getByRole("button", { name: "Extract positions" }).click();

    await expect(page).toHaveURL(/\/ingest\/[^/?]+$/);
    const proposal = (country: string, commitment: string) =>
      page.locator(`[data-testid="proposal"][data-country="${country}"][data-commitment="${commitment}"]`);
    await expect(proposal("DK", "troops")).toBeVisible();
    await expect(proposal("DK", "troops")).toContainText("Condition: after a peace agreement is signed");
    await expect(page.getByText("Keyboard")).toBeVisible();

    // Accept with the keyboard: select the card, press "a".
    await proposal("DK", "troops").click();
    await page.keyboard.press("a");
    await expect(proposal("DK", "troops")).toHaveAttribute("data-decision", "accepted");

    await proposal("SE", "troops").getByRole("button", { name: "Accept" }).click();

    // Edit: monitoring becomes "supports".
    await proposal("SE", "monitoring").getByRole("button", { name: "Edit" }).click();
    const editor = page.getByTestId("position-editor");
    await editor.getByLabel("Stance").selectOption("supports");
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(proposal("SE", "monitoring")).toHaveAttribute("data-decision", "accepted");
    await expect(proposal("SE", "monitoring").locator("[data-stance]")).toContainText("Supports");

    await proposal("FI", "article5").getByRole("button", { name: "Reject" }).click();
    await expect(proposal("FI", "article5")).toHaveAttribute("data-decision", "rejected");

    // Add what the engine missed, from the sentence about Estonia.
    await page
      .getByTestId("article-text")
      .getByText(/Estonian instructors/)
      .click();
    await editor.getByLabel("Country or actor").selectOption("EE");
    await editor.getByLabel("Commitment").selectOption("training");
    // No stance is preselected on a position added by hand: the editor says which.
    await editor.getByLabel("Stance").selectOption("committed");
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(proposal("EE", "training")).toHaveAttribute("data-decision", "accepted");

    await page.getByRole("button", { name: /Publish article with 4 accepted positions/ }).click();
    await expect(page.getByTestId("published-banner")).toBeVisible();
    await expect(page.getByTestId("commitment")).toHaveCount(5);

    await page.goto("/");
    const cell = (country: string, type: string) =>
      page.locator(`tr[data-country="${country}"] td[data-type="${type}"] [data-stance]`);
    await expect(cell("DK", "troops")).toContainText("Conditional");
    await expect(cell("SE", "troops")).toContainText("Ruled out");
    await expect(cell("SE", "monitoring")).toContainText("Supports");
    await expect(cell("EE", "training")).toContainText("Committed");
    await expect(page.locator('tr[data-country="FI"]')).toHaveCount(0);

    await page.goto("/countries/ee");
    await expect(page.locator('li[data-type="training"] [data-testid="current-evidence"]')).toContainText(
      "Estonian instructors",
    );
  });

  test("pasting the same article again lands on the existing one", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const body = nordicArticle(token);
    await page.goto("/ingest");
    await fillArticle(page, { title: `Nordic ${token}`, outlet: "E2E Wire", published: "2026-02-03", body });
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page).toHaveURL(/\/ingest\/[^/?]+$/);
    const reviewUrl = page.url();

    // The same text again while it is under review: back to its review page.
    await page.goto("/ingest");
    await fillArticle(page, {
      title: "Another title",
      outlet: "Other outlet",
      published: "2026-02-03",
      body: `  ${body.replace(/\n\n/g, "\n\n\n")}  `,
    });
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page.getByTestId("existing-draft")).toBeVisible();
    expect(page.url().split("?")[0]).toBe(reviewUrl);

    await page.getByRole("button", { name: /Publish article/ }).click();
    await expect(page.getByTestId("published-banner")).toBeVisible();
    const articleUrl = page.url().split("?")[0];

    // Published: a new paste, even with curly quotes and page furniture, lands on the article.
    await page.goto("/ingest");
    await fillArticle(page, {
      title: "Again",
      outlet: "E2E Wire",
      published: "2026-02-03",
      body: `1 234 views\nShare\n\n${body}`,
    });
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page.getByTestId("duplicate-banner")).toBeVisible();
    expect(page.url().split("?")[0]).toBe(articleUrl);
  });

  test("each kind of bad input shows its field error and keeps every value", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const good = {
      title: `Bad input ${token}`,
      outlet: "E2E Wire",
      url: "https://example.org/a",
      published: "2026-01-05",
      body: nordicArticle(token),
    };
    const cases: { change: Partial<typeof good>; field: string; message: RegExp }[] = [
      { change: { body: "   \n  " }, field: "body", message: /empty/ },
      { change: { body: "x".repeat(205 * 1024) }, field: "body", message: /200 KB/ },
      { change: { body: `Binary\u0001junk ${token}` }, field: "body", message: /control characters/ },
      { change: { url: "not a url" }, field: "url", message: /http/ },
      { change: { published: "2099-01-01" }, field: "published", message: /future/ },
      { change: { title: "" }, field: "title", message: /title/ },
    ];
    await page.goto("/ingest");
    for (const { change, field, message } of cases) {
      const values = { ...good, ...change };
      await fillArticle(page, values);
      await page.getByRole("button", { name: "Extract positions" }).click();
      await expect(page.getByTestId(`${field}-error`)).toHaveText(message);
      await expect(
        page.getByLabel(
          field === "url"
            ? "URL (optional)"
            : field === "published"
              ? "Publication date"
              : field === "body"
                ? "Article text"
                : "Title",
        ),
      ).toHaveAttribute("aria-invalid", "true");
      // Nothing the editor typed is lost.
      await expect(page.getByLabel("Title")).toHaveValue(values.title);
      await expect(page.getByLabel("Outlet")).toHaveValue(values.outlet);
      await expect(page.getByLabel("URL (optional)")).toHaveValue(values.url);
      await expect(page.getByLabel("Publication date")).toHaveValue(values.published);
      if (values.body.length < 5000) await expect(page.getByLabel("Article text")).toHaveValue(values.body);
      await expect(page).toHaveURL(/\/ingest$/);
    }
  });

  test("a raw page paste gets title, outlet and date proposed for confirmation", async ({ page }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const raw = [
      "Home / World / Europe",
      "Oslo pledges frigates for the Black Sea",
      "14:05, 03.02.2026",
      "Oslo • E2E Wire",
      "2 345 views",
      "",
      `Norway will send two frigates to the Black Sea to help with demining, Defence Minister Tore Sandvik said on Tuesday (ref ${token}).`,
      "",
      "Share",
    ].join("\n");
    await page.goto("/ingest");
    await fillArticle(page, { body: raw });
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page.getByTestId("form-message")).toContainText("filled in from the pasted text");
    await expect(page.getByLabel("Publication date")).toHaveValue("2026-02-03");
    await expect(page.getByLabel("Outlet")).toHaveValue("E2E Wire");
    await expect(page.getByLabel("Title")).toHaveValue("Oslo pledges frigates for the Black Sea");
    await expect(page.getByLabel("Article text")).not.toHaveValue(/2 345 views/);
    await page.getByRole("button", { name: "Confirm and extract" }).click();
    await expect(page).toHaveURL(/\/ingest\/[^/?]+$/);
    await expect(page.locator('[data-testid="proposal"][data-country="NO"][data-commitment="maritime"]')).toBeVisible();
  });
});

test.describe("signed out", () => {
  test("cannot open /ingest: it redirects to sign-in", async ({ page }) => {
    const response = await page.request.get("/ingest", { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(response.status());
    expect(response.headers().location).toMatch(/\/sign-in\?next=%2Fingest/);
  });

  test("cannot call the ingest action: refused, nothing created", async ({ page, context }) => {
    await signInAsNewEditor(page);
    const token = uniqueToken();
    const body = nordicArticle(token);
    await page.goto("/ingest");
    // The session ends while the form is open; the action is then called without one.
    await context.clearCookies();
    await fillArticle(page, { title: `Signed out ${token}`, outlet: "E2E Wire", published: "2026-02-04", body });
    const actionResponse = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/ingest"));
    await page.getByRole("button", { name: "Extract positions" }).click();
    // Refused at the HTTP level, and the editor's text stays in the form.
    expect((await actionResponse).status()).toBe(401);
    await expect(page.getByTestId("form-message")).toHaveText(/session may have ended/);
    await expect(page.getByLabel("Article text")).toHaveValue(body);
    await expect(page.getByLabel("Title")).toHaveValue(`Signed out ${token}`);

    // Nothing was stored: signed in again, the same text makes a fresh draft (no "already pasted").
    await signInAsNewEditor(page);
    await page.goto("/ingest");
    await fillArticle(page, { title: `Signed out ${token}`, outlet: "E2E Wire", published: "2026-02-04", body });
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page).toHaveURL(/\/ingest\/[^/?]+$/);
    await expect(page.getByTestId("existing-draft")).toHaveCount(0);
  });
});
