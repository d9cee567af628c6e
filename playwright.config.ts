import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/lib/preflight";

// One disposable SQLite database per run, shared by the server and the tests' seeding helper.
// Set here once; Playwright's workers inherit it through the environment.
process.env.E2E_DATABASE_URL ??= `file:${path.join(os.tmpdir(), `tracker-e2e-${Date.now()}.db`)}`;
// And its own releases directory, which `npm run release` in a journey writes to.
process.env.E2E_RELEASES_DIR ??= path.join(os.tmpdir(), `tracker-e2e-releases-${Date.now()}`);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: "list",
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath() },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    // As if behind a reverse proxy on this machine (the journeys connect from 127.0.0.1): they
    // give each test its own client address in X-Forwarded-For, so that parallel sign-ins do
    // not share one per-IP limit.
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      RELEASES_DIR: process.env.E2E_RELEASES_DIR,
      // Low enough for e2e/mcp.spec.ts to reach it, high enough for each journey's own calls.
      MCP_RATE_LIMIT: "40",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXIES: "127.0.0.1",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
