// What the open internet and careless pastes must not do to the tracker: freeze it with one
// paste, lose an editor's text over a paste that is too large, frame its forms on another
// site, run a script it did not send, or send a signed-in editor off to another host.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { createUser, E2E_ORIGIN, signIn } from "./support/auth";
import { builtActions, formActionBody } from "./support/build-manifests";
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

test.describe("pastes sent past the form's own check", () => {
  test("a paste of about 5 MB posted straight to the action gets the size message, with the text sent back", async ({
    page,
  }) => {
    await signIn(page, createUser({ role: "editor" }));
    const id = builtActions().get("app/ingest/actions.ts#submitArticleAction")!;
    const token = uniqueToken();
    const paste = `Oslo will send instructors. ${token}\n`.repeat(Math.ceil((5 * 1024 * 1024) / 38));
    const response = await page.request.post("/ingest", {
      headers: { "next-action": id, origin: E2E_ORIGIN, accept: "text/x-component" },
      multipart: formActionBody({
        title: `Large paste ${token}`,
        outlet: "E2E Wire",
        published: "2026-01-05",
        url: "",
        body: paste,
      }),
    });
    expect(response.status()).toBe(200);
    const answer = await response.text();
    expect(answer).toMatch(/over the limit of 200 KB/);
    expect(answer).not.toMatch(/session/i);
    // The action answers with what was sent, so the form can show it again: nothing is lost.
    expect(answer).toContain(`Large paste ${token}`);
    expect(answer.split(`Oslo will send instructors. ${token}`).length - 1).toBeGreaterThanOrEqual(
      paste.split("\n").length - 1,
    );
  });

  test("a request past the 6 MB the server reads is refused with a 413, not a server error", async ({ page }) => {
    await signIn(page, createUser({ role: "editor" }));
    const id = builtActions().get("app/ingest/actions.ts#submitArticleAction")!;
    for (const megabytes of [6.5, 12]) {
      const response = await page.request.post("/ingest", {
        headers: { "next-action": id, origin: E2E_ORIGIN, accept: "text/x-component" },
        multipart: formActionBody({
          title: "t",
          outlet: "o",
          published: "2026-01-05",
          url: "",
          body: "x".repeat(megabytes * 1024 * 1024),
        }),
      });
      expect(response.status(), `${megabytes} MB`).toBe(413);
    }
  });

  test("an action request that does not say its length is refused with a 411 before its body is read", async ({
    page,
  }) => {
    await signIn(page, createUser({ role: "editor" }));
    const id = builtActions().get("app/ingest/actions.ts#submitArticleAction")!;
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    // Sent in chunks, as a client streaming its body does: past Next's own limit this was a 500.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${E2E_ORIGIN}/ingest`,
        {
          method: "POST",
          headers: { "next-action": id, origin: E2E_ORIGIN, accept: "text/x-component", cookie },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      const chunk = "x".repeat(1024 * 1024);
      for (let written = 0; written < 7; written++) request.write(chunk);
      request.end();
    });
    expect(status).toBe(411);
  });
});

test.describe("server-action requests where no action lives", () => {
  test("are refused with a 404 before Next on static files, framework paths and pages alike, signed in or not", async ({
    page,
    playwright,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL: E2E_ORIGIN });
    await signIn(page, createUser({ role: "editor" }));
    const headers = { "next-action": "0".repeat(42), origin: E2E_ORIGIN, accept: "text/x-component" };
    for (const path of ["/robots.txt", "/icon.svg", "/_next/static/none.js", "/api/auth/ok", "/", "/ingest"]) {
      for (const [who, client] of [
        ["anonymous", anonymous],
        ["signed in", page.request],
      ] as const) {
        const response = await client.post(path, { headers, multipart: formActionBody({ title: "x" }) });
        // The production server knows the build's actions (scripts/serve.mjs): Next, which
        // logs a stack for each unknown one, never sees the request.
        expect(response.status(), `${who} ${path}`).toBe(404);
        expect(await response.json(), `${who} ${path}`).toEqual({ error: "There is no action here." });
      }
    }
    await anonymous.dispose();
  });
});

test.describe("headers", () => {
  test("every page has a nonce policy its own scripts satisfy, and refuses framing", async ({ page }) => {
    await signIn(page, createUser({ role: "admin" }));
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`,
        );
      });
    });
    const nonces = new Set<string>();
    for (const path of ["/", "/countries/it", "/admin/users", "/ingest", "/sign-in", "/no-such-page"]) {
      const response = await page.goto(path);
      const headers = response!.headers();
      const policy = headers["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      // Plain HTTP here: no HSTS, which would otherwise stick to 127.0.0.1.
      expect(headers["strict-transport-security"], path).toBeUndefined();
      // Next's scripts carry the nonce, so the page hydrates: a client-side control works.
      const scripts = await page
        .locator("script")
        .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const scriptNonce of scripts) expect(scriptNonce, path).toBe(nonce);
    }
    expect(nonces.size).toBe(6);
    expect(violations).toEqual([]);
  });

  test("static files and route handlers get the headers that need no nonce", async ({ request }) => {
    for (const path of ["/robots.txt", "/api/auth/ok", "/feeds/statements.atom"]) {
      const response = await request.get(path);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });
});

test.describe("after sign-in", () => {
  test("a `next` whose dot segments lead to another host is ignored", async ({ page }) => {
    await signIn(page, createUser({ role: "editor" }));
    for (const next of ["/.//evil.example", "/..//evil.example", "/a/..//evil.example", "/%2e//evil.example"]) {
      const response = await page.request.get(`/sign-in?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(response.status(), next).toBe(307);
      expect(response.headers()["location"], next).toBe("/");
    }
  });
});
