import { expect, type Page, test } from "@playwright/test";
import { createUser, signIn, type TestUser, uniqueClientIp } from "./support/auth";

// An admin manages editors, and every change shows up in the audit log.

async function signInWithForm(page: Page, user: Pick<TestUser, "email" | "password">) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

// Each test is a client address of its own, so that parallel tests never share a per-IP
// sign-in count (the limit itself is tested in lib/auth/auth.integration.test.ts).
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

test.describe("managing users", () => {
  test("an admin adds an editor, the editor signs in, the admin disables them, and they are out", async ({
    browser,
    page,
  }) => {
    const admin = createUser({ role: "admin" });
    await signIn(page, admin);
    await page.goto("/");
    await header(page).getByRole("link", { name: "Admin" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);

    const token = Date.now().toString(36);
    const editor = {
      email: `new-editor-${token}@e2e.test`,
      password: `pw-${token}-long-enough`,
      name: `New Editor ${token}`,
    };
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Name").fill(editor.name);
    await page.getByLabel("Role").selectOption("editor");
    await page.getByLabel("Initial password").fill(editor.password);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("new-user-message")).toHaveText(`Added ${editor.email} as editor.`);
    const row = page.getByTestId(`user-row-${editor.email}`);
    await expect(row).toContainText("editor");
    await expect(row).toContainText("Active");

    // The editor, in a browser of their own.
    const editorContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
    const editorPage = await editorContext.newPage();
    await signInWithForm(editorPage, editor);
    await expect(header(editorPage).getByRole("button", { name: "Sign out" })).toBeVisible();
    await editorPage.goto("/ingest");
    await expect(editorPage).toHaveURL(/\/ingest$/);

    await row.getByLabel(`Reason for disabling ${editor.email}`).fill("Left the desk");
    await row.getByRole("button", { name: `Disable ${editor.email}` }).click();
    await expect(row).toContainText("Disabled");
    await expect(row.getByRole("button", { name: `Re-enable ${editor.email}` })).toBeVisible();

    // Their open session ended at once, and signing in again is refused.
    await editorPage.goto("/ingest");
    await expect(editorPage).toHaveURL(/\/sign-in\?next=%2Fingest$/);
    await signInWithForm(editorPage, editor);
    await expect(editorPage.getByTestId("sign-in-error")).toHaveText(
      "This account is disabled. Ask an admin to re-enable it.",
    );
    await editorContext.close();

    // The audit log tells who did what to whom, and why.
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("navigation", { name: "Filter by entity" }).getByRole("link", { name: /^user/ }).click();
    await expect(page).toHaveURL(/entityType=user/);
    const events = page.getByTestId("audit-row").filter({ hasText: editor.email });
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText("user.disable");
    await expect(events.nth(0)).toContainText("Left the desk");
    await expect(events.nth(0)).toContainText(admin.email);
    await expect(events.nth(1)).toContainText("user.create");
    await expect(events.nth(1)).toContainText(admin.email);
    await expect(page.getByTestId("audit-row").filter({ hasText: editor.password })).toHaveCount(0);
  });

  test("an admin re-enables a disabled editor, who can sign in again", async ({ browser, page }) => {
    const admin = createUser({ role: "admin" });
    const editor = createUser({ role: "editor" });
    await signIn(page, admin);
    await page.goto("/admin/users");
    const row = page.getByTestId(`user-row-${editor.email}`);
    await row.getByRole("button", { name: `Disable ${editor.email}` }).click();
    await expect(row).toContainText("Disabled");
    await row.getByRole("button", { name: `Re-enable ${editor.email}` }).click();
    await expect(row).toContainText("Active");

    const editorContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
    const editorPage = await editorContext.newPage();
    await signInWithForm(editorPage, editor);
    await expect(header(editorPage).getByRole("button", { name: "Sign out" })).toBeVisible();
    await editorContext.close();
  });

  test("adding a user with a taken email or a short password keeps what was typed", async ({ page }) => {
    const admin = createUser({ role: "admin" });
    const existing = createUser({ role: "editor" });
    await signIn(page, admin);
    await page.goto("/admin/users");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("new-user-password-error")).toHaveText("Use at least 12 characters.");
    await expect(page.getByLabel("Email")).toHaveValue(existing.email);
    await expect(page.getByLabel("Name")).toHaveValue("Someone Else");

    await page.getByLabel("Initial password").fill("a long enough passphrase");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("new-user-email-error")).toHaveText(
      `An account for ${existing.email} already exists.`,
    );
  });
});

test.describe("who may see the admin pages", () => {
  test("an editor gets a not-found page for every admin page, and no Admin link", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await signIn(page, editor);
    for (const path of ["/admin", "/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
    await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
  });

  test("a signed-out visitor is sent to sign in and comes back to the audit log", async ({ page }) => {
    const admin = createUser({ role: "admin" });
    await page.goto("/admin/audit?entityType=user");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit%3FentityType%3Duser$/);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?entityType=user$/);
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  });
});
