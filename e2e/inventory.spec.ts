// The inventory of the build: every route and server action in .next's manifests must be in
// e2e/support/inventory.ts, and every mutating action must refuse, changing nothing: an
// anonymous request; a reader, which this app has no role for, so every account that may not
// mutate: a signed-in editor for the admin's actions, and the session of an editor an admin
// disabled (as well as a forged session cookie); and a cross-site request from a signed-in
// admin's browser.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { createUser, E2E_ORIGIN, signIn } from "./support/auth";
import { builtActions, builtRoutes, formActionBody } from "./support/build-manifests";
import { ACTIONS, ROUTES } from "./support/inventory";

function forgedTraces(marker: string): Record<string, number> {
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "e2e/support/forged-traces.ts", marker],
    {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
      encoding: "utf8",
    },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as Record<string, number>;
}

/** Every field any mutating action reads, each carrying the marker that must never be stored. */
function actionBody(marker: string): FormData {
  return formActionBody({
    title: marker,
    outlet: marker,
    published: "2026-01-01",
    body: `${marker}: text that must never be stored.`,
    email: `${marker.toLowerCase()}@example.org`,
    name: marker,
    role: "admin",
    password: "forged password 123",
    note: marker,
    id: "x",
    userId: "x",
    commitmentId: "x",
    draftId: "x",
    positions: "[]",
  });
}

test.describe("the inventory of routes and actions", () => {
  test("lists every route and server action the build has, and nothing else", () => {
    expect(builtRoutes()).toEqual(Object.keys(ROUTES).sort());
    expect([...builtActions().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  test("every route answers its sample path without a server error", async ({ request }) => {
    for (const [route, { sample }] of Object.entries(ROUTES)) {
      if (sample === null) continue;
      const response = await request.get(sample, { maxRedirects: 0 });
      expect(response.status(), `${route} (${sample})`).toBeLessThan(500);
    }
  });

  test("route handlers take no writes from anyone", async ({ request }) => {
    for (const [route, entry] of Object.entries(ROUTES)) {
      if (entry.kind !== "read-only route") continue;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await request.fetch(entry.sample, { method, data: "{}", maxRedirects: 0 });
        expect(response.status(), `${method} ${route}`).toBeGreaterThanOrEqual(400);
        expect(response.status(), `${method} ${route}`).toBeLessThan(500);
      }
    }
  });

  test("key-protected route handlers refuse a POST without the installation's key", async ({ request }) => {
    const keyed = Object.entries(ROUTES).filter(([, entry]) => entry.kind === "key-protected route");
    expect(keyed.length).toBeGreaterThan(0);
    for (const [route, { sample }] of keyed) {
      const withoutKey = await request.post(sample!, { maxRedirects: 0 });
      expect(withoutKey.status(), `${route} without a key`).toBe(403);
      const wrongKey = await request.post(sample!, { headers: { authorization: "Bearer forged" }, maxRedirects: 0 });
      expect(wrongKey.status(), `${route} with a forged key`).toBe(403);
    }
  });

  test("every mutating action refuses anonymous, reader and cross-site requests, changing nothing", async ({
    browser,
    page,
    playwright,
  }) => {
    const actions = builtActions();
    const marker = `Forged${Date.now().toString(36)}`;
    const anonymous = await playwright.request.newContext({ baseURL: E2E_ORIGIN });
    await signIn(page, createUser({ role: "admin" }));
    const editor = await browser.newContext({ baseURL: E2E_ORIGIN });
    await signIn(await editor.newPage(), createUser({ role: "editor" }));
    // An editor signed in, then disabled by the admin: the browser still sends the session cookie.
    const former = createUser({ role: "editor" });
    const formerEditor = await browser.newContext({ baseURL: E2E_ORIGIN });
    await signIn(await formerEditor.newPage(), former);
    expect((await formerEditor.cookies()).some((cookie) => cookie.name.endsWith("session_token"))).toBe(true);
    await page.goto("/admin/users");
    const row = page.getByTestId(`user-row-${former.email}`);
    await row.getByLabel(`Reason for disabling ${former.email}`).fill("Moved to another desk");
    await row.getByRole("button", { name: `Disable ${former.email}` }).click();
    await expect(row).toContainText("Disabled");

    let tried = 0;
    for (const [name, { page: from, caller }] of Object.entries(ACTIONS)) {
      if (caller === "anyone") continue;
      const id = actions.get(name)!;
      const headers = { "next-action": id, origin: E2E_ORIGIN, accept: "text/x-component" };
      const post = (context: { post: typeof anonymous.post }, extra: Record<string, string> = {}) =>
        context.post(from, { headers: { ...headers, ...extra }, multipart: actionBody(marker) });
      // keepDraftOpenAction answers a bare false to anyone it refuses; the others say why.
      const saysWhy = !name.endsWith("#keepDraftOpenAction");

      expect((await post(anonymous)).status(), `${name} anonymous`).toBe(401);
      const forgedCookie = await post(anonymous, { cookie: "better-auth.session_token=forged.c2lnbmF0dXJl" });
      expect(forgedCookie.status(), `${name} with a forged cookie`).toBeLessThan(500);
      if (saysWhy) expect(await forgedCookie.text(), `${name} with a forged cookie`).toContain("Sign in to continue.");
      const disabled = await post(formerEditor.request);
      expect(disabled.status(), `${name} by a disabled editor's session`).toBeLessThan(500);
      if (saysWhy) expect(await disabled.text(), `${name} by a disabled editor`).toContain("Sign in to continue.");
      tried += 3;
      if (caller === "admin") {
        const byEditor = await post(editor.request);
        expect(byEditor.status(), `${name} by an editor`).toBeLessThan(500);
        expect(await byEditor.text(), `${name} by an editor`).toContain("Your account may not do this.");
        tried += 1;
      }
      const crossSite = await post(page.request, { origin: "https://evil.example" });
      expect(crossSite.status(), `${name} cross-site`).toBe(403);
      tried += 1;
    }
    const mutating = Object.values(ACTIONS).filter((entry) => entry.caller !== "anyone");
    expect(tried).toBe(4 * mutating.length + mutating.filter((entry) => entry.caller === "admin").length);
    await Promise.all([anonymous.dispose(), editor.close(), formerEditor.close()]);
    expect(forgedTraces(marker)).toEqual({ articles: 0, drafts: 0, users: 0, auditEvents: 0 });
  });
});
