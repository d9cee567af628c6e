import { expect, type Page, test } from "@playwright/test";
import { createUser, E2E_ORIGIN, signIn, type TestUser, uniqueClientIp } from "./support/auth";

// Sign-in through the real form (the other journeys use the faster signIn helper), and the
// promise that signed-out requests change nothing, checked at the HTTP level.

async function fillSignInForm(page: Page, user: Pick<TestUser, "email" | "password">) {
  // React resets the form when the previous submission's answer commits: wait for that (the
  // button is back) so the reset cannot wipe what is typed next.
  const submit = page.getByRole("button", { name: "Sign in", exact: true });
  await expect(submit).toBeEnabled();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await expect(page.getByLabel("Password")).toHaveValue(user.password);
  await submit.click();
}

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

// Each test is a client address of its own, so that parallel tests never share a per-IP
// sign-in count (the limit itself is tested in lib/auth/auth.integration.test.ts).
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": uniqueClientIp() });
});

test.describe("signing in and out", () => {
  test("an editor signs in with the form, sees the editor links, and signs out", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await page.goto("/");
    await header(page).getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await fillSignInForm(page, editor);
    await expect(page).toHaveURL(`${E2E_ORIGIN}/`);
    await expect(header(page).getByRole("link", { name: "Ingest" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);

    await header(page).getByRole("button", { name: "Sign out" }).click();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Ingest" })).toHaveCount(0);
    // The session is gone on the server too, not only the cookie in this tab.
    await page.goto("/ingest");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fingest$/);
  });

  test("an admin sees the Admin link", async ({ page }) => {
    const admin = createUser({ role: "admin" });
    await page.goto("/sign-in");
    await fillSignInForm(page, admin);
    await expect(header(page).getByRole("link", { name: "Admin" })).toBeVisible();
  });

  test("a wrong password shows an error and keeps the email", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await page.goto("/sign-in");
    await fillSignInForm(page, { email: editor.email, password: "not the password at all" });
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(editor.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("five wrong passwords lock the account, even against the right one", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await page.goto("/sign-in");
    for (let attempt = 0; attempt < 5; attempt++) {
      // Wait for each answer: the same message twice would not show that a new one came.
      const answered = page.waitForResponse(
        (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in",
      );
      await fillSignInForm(page, { email: editor.email, password: `wrong password ${attempt}` });
      await answered;
      await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    }
    await fillSignInForm(page, editor);
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      /^Too many failed sign-ins for this account\. Try again in 15 minutes\.$/,
    );
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("an empty form gets an error per field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-email-error")).toHaveText("Enter an email address.");
    await expect(page.getByTestId("sign-in-password-error")).toHaveText("Enter your password.");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("a signed-out visitor to /ingest is sent to sign in, then back to /ingest", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await page.goto("/ingest");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fingest$/);
    await fillSignInForm(page, editor);
    await expect(page).toHaveURL(`${E2E_ORIGIN}/ingest`);
  });

  test("a `next` pointing off the site is ignored", async ({ page }) => {
    const editor = createUser({ role: "editor" });
    await page.goto("/sign-in?next=https://example.org/phish");
    await fillSignInForm(page, editor);
    await expect(page).toHaveURL(`${E2E_ORIGIN}/`);
  });
});

test.describe("signed-out requests at the HTTP level", () => {
  test("better-auth's admin and sign-up endpoints answer 401 and create nobody", async ({ page, request }) => {
    const email = `intruder-${Date.now()}@e2e.test`;
    const body = { email, password: "a long enough passphrase", name: "Intruder", role: "admin" };
    const headers = { origin: E2E_ORIGIN };
    for (const path of [
      "/api/auth/admin/create-user",
      "/api/auth/sign-up/email",
      "/api/auth/admin/set-role",
      "/api/auth/admin/ban-user",
    ]) {
      const response = await request.post(path, { data: body, headers });
      expect(response.status(), path).toBe(401);
    }
    // Nobody by that email can sign in, and an admin does not see them.
    const signInAttempt = await request.post("/api/auth/sign-in/email", {
      data: { email, password: body.password },
      headers,
    });
    expect(signInAttempt.status()).toBe(401);
    const admin = createUser({ role: "admin" });
    await signIn(page, admin);
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);
  });

  test("the add-user server action, replayed without a session, is refused and creates nobody", async ({
    page,
    playwright,
  }) => {
    // Record a genuine call of the action by an admin, then replay it with no cookie.
    const admin = createUser({ role: "admin" });
    await signIn(page, admin);
    await page.goto("/admin/users");
    const email = `replayed-${Date.now()}@e2e.test`;
    await page.getByLabel("Email").fill(`first-${email}`);
    await page.getByLabel("Name").fill("First");
    await page.getByLabel("Initial password").fill("a long enough passphrase");
    const [recorded] = await Promise.all([
      page.waitForRequest((req) => req.method() === "POST" && req.headers()["next-action"] !== undefined),
      page.getByRole("button", { name: "Add user" }).click(),
    ]);
    await expect(page.getByTestId("new-user-message")).toHaveText(`Added first-${email} as editor.`);

    const signedOut = await playwright.request.newContext();
    const replayHeaders = Object.fromEntries(
      Object.entries(recorded.headers()).filter(
        ([name]) => !["cookie", "content-length", "host"].includes(name.toLowerCase()),
      ),
    );
    const forged = (recorded.postData() ?? "").replaceAll(`first-${email}`, email);
    const response = await signedOut.post(recorded.url(), { headers: replayHeaders, data: forged });
    expect(response.status()).toBe(401);
    expect(await response.text()).toContain("Sign in to continue.");
    await signedOut.dispose();

    await page.reload();
    await expect(page.getByRole("cell", { name: `first-${email}`, exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: email, exact: true })).toHaveCount(0);
  });
});
