// `npm test`: a preflight, the static checks (types, lint, format, dead code, the OpenAPI
// document under Redocly's and Spectral's rules), every suite
// (unit, integration on SQLite and PostgreSQL, browser journeys), one summary table, and the
// closing line `N passed, N failed` that sums them all, each static check counting as one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, nextBin } from "./lib/cli";
import { BROWSER_SUITE, browserSuiteWithoutChromium } from "./lib/preflight";
import { runPlaywright, runStaticCheck, runVitest, summarizeSuites, type SuiteResult } from "./lib/suites";
import { runIntegrationSuites } from "./run-integration";

const STATIC_CHECKS: { name: string; command: string; args: string[] }[] = [
  { name: "types (tsc --noEmit)", command: "node_modules/.bin/tsc", args: ["--noEmit"] },
  { name: "lint (eslint)", command: "node_modules/.bin/eslint", args: [".", "--max-warnings=0"] },
  { name: "format (prettier)", command: "node_modules/.bin/prettier", args: ["--check", ".", "--log-level=warn"] },
  { name: "dead code (knip)", command: "node_modules/.bin/knip", args: ["--no-progress"] },
  // The API document as its users' tools read it: any error or warning fails (scripts/openapi-lint.ts).
  {
    name: "OpenAPI (Redocly recommended)",
    command: "node_modules/.bin/tsx",
    args: ["scripts/openapi-lint.ts", "redocly"],
  },
  {
    name: "OpenAPI (Spectral spectral:oas)",
    command: "node_modules/.bin/tsx",
    args: ["scripts/openapi-lint.ts", "spectral"],
  },
];

async function main(): Promise<void> {
  const results: SuiteResult[] = [];
  const started = Date.now();

  // Without the browser the journeys cannot run: say so now, in one line, and skip them
  // (on CI they are mandatory, so the suite counts as failed).
  const withoutChromium = browserSuiteWithoutChromium();
  if (withoutChromium) log(withoutChromium.line);

  for (const check of STATIC_CHECKS) {
    log(`static check: ${check.name}`);
    results.push(runStaticCheck(check.name, check.command, check.args));
  }

  log("unit tests");
  results.push(runVitest("unit", "unit"));

  results.push(...(await runIntegrationSuites()));

  results.push(withoutChromium ? withoutChromium.result : buildAndRunBrowserJourneys());

  // CI runs npm test on Node.js 24 and names the machine's older Node here (.ci/run), which
  // the README still allows for running the app: the production server is checked on it too.
  const serverNode = process.env.TRACKER_SERVER_NODE;
  if (serverNode && !withoutChromium) results.push(runJourneysOnServerNode(serverNode));

  const summary = summarizeSuites(results, (Date.now() - started) / 1000);
  for (const line of summary.lines) console.log(line);
  process.exit(summary.exitCode);
}

function buildAndRunBrowserJourneys(): SuiteResult {
  log("browser journeys: building the app (next build)");
  const buildStarted = Date.now();
  const build = spawnSync(nextBin(), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  if (build.status !== 0) {
    return { name: BROWSER_SUITE, passed: 0, failed: 1, skipped: 0, note: "next build failed", seconds: buildSeconds };
  }
  log(`build: done in ${buildSeconds.toFixed(1)} s`);
  return runPlaywright(BROWSER_SUITE);
}

/** Journeys that reach the server's every layer (sign-in, actions, publishing, the action gate, restore). */
const SERVER_NODE_JOURNEYS = ["e2e/auth.spec.ts", "e2e/ingest.spec.ts", "e2e/hardening-own-server.spec.ts"];

/**
 * A few browser journeys with the production server (and the scripts it needs) on another
 * Node.js: the SQLite driver is compiled for that Node for the run, then put back as it was.
 */
function runJourneysOnServerNode(serverNode: string): SuiteResult {
  const version = spawnSync(serverNode, ["--version"], { encoding: "utf8" }).stdout.trim() || "unknown";
  const name = `production server on Node.js ${version}`;
  log(`browser journeys with the production server on Node.js ${version}`);
  const started = Date.now();
  const driver = path.join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
  const kept = path.join(os.tmpdir(), `tracker-better-sqlite3-${process.pid}.node`);
  fs.copyFileSync(driver, kept);
  // The machine's Node with its own headers: neither the Node.js 24 on PATH nor its headers.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.dirname(serverNode)}${path.delimiter}${process.env.PATH ?? ""}`,
    npm_config_nodedir: undefined,
    NPM_CONFIG_NODEDIR: undefined,
  };
  try {
    const npmCli = process.env.npm_execpath;
    const rebuild = npmCli
      ? spawnSync(serverNode, [npmCli, "rebuild", "better-sqlite3"], { stdio: ["ignore", "ignore", "inherit"], env })
      : spawnSync("npm", ["rebuild", "better-sqlite3"], { stdio: ["ignore", "ignore", "inherit"], env });
    if (rebuild.status !== 0) {
      return { name, passed: 0, failed: 1, skipped: 0, note: "the SQLite driver did not build", seconds: 0 };
    }
    const result = runPlaywright(name, env, SERVER_NODE_JOURNEYS);
    return { ...result, seconds: (Date.now() - started) / 1000 };
  } finally {
    fs.copyFileSync(kept, driver);
    fs.rmSync(kept, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
