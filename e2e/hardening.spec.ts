// What the open internet and careless pastes must not do to the tracker: freeze it with one
// paste, lose an editor's text over a paste that is too large.
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { uniqueToken } from "./support/seed";

test.describe("pastes that used to hurt", () => {
  test("a paste shaped to make pattern matching backtrack is answered, and readers are served meanwhile", async ({
    page,
    browser,
  }) => {
    await signIn(page, createUser({ role: "editor" }));
    await page.goto("/ingest");
    // Before the linear scanners, one such 6 KB line took about 75 s on the request thread.
    const paste = `1${" ".repeat(6000)}x\n${",".repeat(50_000)}\n${"a".repeat(50_000)}\nref ${uniqueToken()}\n`;
    await page.getByLabel("Article text").fill(paste);
    await page.getByRole("button", { name: "Extract positions" }).click();
    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
    await reader.close();
    await expect(page.getByTestId("form-message")).toContainText(/filled in from the pasted text/);
    await expect(page.getByLabel("Article text")).not.toHaveValue("");
  });

  test("a paste of several megabytes gets its own message and the text stays in the form", async ({ page }) => {
    await signIn(page, createUser({ role: "editor" }));
    await page.goto("/ingest");
    const token = uniqueToken();
    await page.getByLabel("Title").fill(`Large paste ${token}`);
    const paste = `Rome will not send troops. ${token}\n`.repeat(Math.ceil((2 * 1024 * 1024) / 36));
    // Typing megabytes through fill() is slow; a paste sets the value at once, as this does.
    await page.getByLabel("Article text").evaluate((textarea, value) => {
      (textarea as HTMLTextAreaElement).value = value;
    }, paste);
    await page.getByRole("button", { name: "Extract positions" }).click();
    await expect(page.getByTestId("body-error")).toHaveText(/over the limit of 200 KB/);
    await expect(page.getByTestId("form-message")).not.toContainText(/session/i);
    await expect(page.getByLabel("Title")).toHaveValue(`Large paste ${token}`);
    expect(await page.getByLabel("Article text").inputValue()).toHaveLength(paste.length);
  });
});
