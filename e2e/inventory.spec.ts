// The inventory of the build: every route and server action in .next's manifests must be in
// e2e/support/inventory.ts, and every mutating action must refuse an anonymous request, a
// request with a session cookie that is not a valid session (a reader with a stale or forged
// cookie), and a cross-site request from a signed-in editor's browser, changing nothing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUser, E2E_ORIGIN, signIn } from "./support/auth";
import { ACTIONS, ROUTES } from "./support/inventory";

const serverDir = path.join(".next", "server");

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(serverDir, file), "utf8")) as T;
}

function builtRoutes(): string[] {
  return Object.keys(readJson<Record<string, string>>("app-paths-manifest.json")).sort();
}

function builtActions(): Map<string, string> {
  const manifest = readJson<{ node: Record<string, { filename?: string; exportedName?: string }> }>(
    "server-reference-manifest.json",
  );
  const actions = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) actions.set(`${entry.filename}#${entry.exportedName}`, id);
  return actions;
}

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

/** A form post as React sends it for `useActionState`: the previous state, then the form's fields. */
function actionBody(marker: string): Record<string, string> {
  const form: Record<string, string> = { "0": JSON.stringify([{}, "$K1"]) };
  for (const [field, value] of Object.entries({
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
  }))
    form[`1_${field}`] = value;
  return form;
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

  test("every mutating action refuses anonymous, stale-cookie and cross-site requests, changing nothing", async ({
    page,
    playwright,
  }) => {
    const actions = builtActions();
    const marker = `Forged${Date.now().toString(36)}`;
    const anonymous = await playwright.request.newContext({ baseURL: E2E_ORIGIN });
    await signIn(page, createUser({ role: "admin" }));
    let tried = 0;
    for (const [name, { page: from, caller }] of Object.entries(ACTIONS)) {
      if (caller === "anyone") continue;
      const id = actions.get(name)!;
      const headers = { "next-action": id, origin: E2E_ORIGIN, accept: "text/x-component" };
      const refusedAnonymously = await anonymous.post(from, { headers, multipart: actionBody(marker) });
      expect(refusedAnonymously.status(), `${name} anonymous`).toBe(401);
      const staleCookie = await anonymous.post(from, {
        headers: { ...headers, cookie: "better-auth.session_token=forged.c2lnbmF0dXJl" },
        multipart: actionBody(marker),
      });
      expect(staleCookie.status(), `${name} with a forged cookie`).toBeLessThan(500);
      const crossSite = await page.request.post(from, {
        headers: { ...headers, origin: "https://evil.example" },
        multipart: actionBody(marker),
      });
      expect(crossSite.ok(), `${name} cross-site`).toBe(false);
      tried += 3;
    }
    expect(tried).toBe(3 * Object.values(ACTIONS).filter((entry) => entry.caller !== "anyone").length);
    await anonymous.dispose();
    expect(forgedTraces(marker)).toEqual({ articles: 0, drafts: 0, users: 0, auditEvents: 0 });
  });
});
