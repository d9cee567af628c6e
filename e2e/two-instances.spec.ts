// Two app instances on one PostgreSQL database, no sticky sessions: an editor signed in on A
// publishes, and B, which had the views cached from before, shows the article within 1 second
// (the invalidation travels by LISTEN/NOTIFY, lib/cache/shared-cache-handler.mjs); the session
// made on A is good on B. Both instances answer /api/health. Runs whenever PostgreSQL is
// reachable and is mandatory on CI (CI=true).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import { Client } from "pg";
import { expect, test } from "@playwright/test";
import { productionServerArgs } from "../scripts/lib/production-server";
import { setUpDatabase, stopServer, waitForHealth } from "./support/own-server";
import { cellInHtml } from "./support/matrix";

const adminUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const PORTS = [Number(process.env.E2E_PORT_A ?? 3311), Number(process.env.E2E_PORT_B ?? 3312)];
const name = `tracker_two_${process.pid}_${Date.now()}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
})();
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  SEED_DEMO: "0",
  BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
  NEXT_TELEMETRY_DISABLED: "1",
};
const servers: ChildProcess[] = [];
let postgresProblem: string | null = null;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  try {
    await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    postgresProblem = `PostgreSQL at ${adminUrl} unavailable: ${(error as Error).message}`;
    return;
  }
  setUpDatabase(env);
  for (const port of PORTS) {
    servers.push(spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), { env, stdio: "ignore" }));
  }
  await Promise.all(PORTS.map((port) => waitForHealth(`http://127.0.0.1:${port}`, "an instance")));
});

test.afterAll(async () => {
  await Promise.all(servers.map(stopServer));
  if (!postgresProblem) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

test("a publish on instance A is visible on instance B within 1 second, cached views included", async ({ page }) => {
  if (postgresProblem) {
    expect(process.env.CI === "true" ? postgresProblem : null, "PostgreSQL is mandatory on CI").toBeNull();
    test.skip(true, postgresProblem);
  }
  test.setTimeout(90_000);
  const [a, b] = PORTS.map((port) => `http://127.0.0.1:${port}`);
  for (const base of [a, b]) {
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  }
  const email = `two-${crypto.randomUUID().slice(0, 8)}@e2e.test`;
  const password = `pw-${crypto.randomUUID()}`;
  execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/user-create.ts", "--email", email, "--role", "editor", "--name", "Two"],
    { env: { ...env, TRACKER_USER_PASSWORD: password }, stdio: "ignore" },
  );
  const signedIn = await page.request.post(`${a}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin: a! },
  });
  expect(signedIn.ok()).toBe(true);

  const token = crypto.randomUUID().slice(0, 8);
  // Views B caches (lib/cache/cached-queries.ts), asked for before the publish, so that B holds
  // entries without the article: only an invalidation from A can make B show it.
  // Each with what shows the article there (search highlights the words, so it is a hit).
  const cachedOnB: [string, RegExp][] = [
    [`/commitments/troops`, new RegExp(`Copenhagen ${token}`)],
    [`/search?q=${token}`, /data-testid="search-results"><li/],
    // Served whole from B's route cache (lib/http/shared-view-cache.mjs), emptied by the same NOTIFY.
    [`/`, cellInHtml("DK", "troops")],
    [`/countries/dk`, new RegExp(`Copenhagen ${token}`)],
  ];
  for (const [path, showsArticle] of cachedOnB) {
    for (let warm = 0; warm < 2; warm++) {
      const before = await fetch(`${b}${path}`);
      expect(before.status).toBe(200);
      expect(await before.text()).not.toMatch(showsArticle);
    }
  }

  await page.goto(`${a}/ingest`);
  await page.getByLabel("Title").fill(`Copenhagen ${token}`);
  await page.getByLabel("Outlet").fill("E2E Wire");
  await page.getByLabel("Publication date").fill("2026-02-02");
  await page
    .getByLabel("Article text")
    .fill(`Denmark will send troops to Ukraine after a peace agreement is signed, its prime minister said (${token}).`);
  await page.getByRole("button", { name: "Extract positions" }).click();
  const proposal = page.locator('[data-testid="proposal"][data-country="DK"][data-commitment="troops"]');
  await proposal.getByRole("button", { name: "Accept" }).click();
  await page.getByRole("button", { name: /Publish article with 1 accepted position/ }).click();
  await expect(page.getByTestId("published-banner")).toBeVisible();
  const articlePath = new URL(page.url()).pathname;

  // Within 1 second of the publish's answer, B shows it in every view it had cached. This is a
  // functional bound (the invalidation arrived or it did not), not a speed measurement.
  const deadline = Date.now() + 1000;
  for (const [path, showsArticle] of cachedOnB) {
    let body = "";
    do {
      body = await (await fetch(`${b}${path}`)).text();
    } while (!showsArticle.test(body) && Date.now() < deadline);
    expect(showsArticle.test(body), `${path} on B shows the article published on A`).toBe(true);
  }
  const onB = await fetch(`${b}${articlePath}`);
  expect(onB.status).toBe(200);
  expect(await onB.text()).toContain(`Copenhagen ${token}`);
  await page.goto(`${b}/`);
  await expect(page.locator('tr[data-country="DK"] td[data-type="troops"] [data-stance]')).toContainText("Conditional");
  // The session made on A is a session on B: both read it from the one database.
  await page.goto(`${b}/ingest`);
  await expect(page.getByLabel("Article text")).toBeVisible();
});
