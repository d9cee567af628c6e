// `npm test`: a preflight, the static checks (types, lint, format, dead code), every suite
// (unit, integration on SQLite and PostgreSQL, browser journeys), one summary table, and the
// closing line `N passed, N failed` that sums them all, each static check counting as one.
import { spawnSync } from "node:child_process";
import { log, nextBin } from "./lib/cli";
import { checkChromium } from "./lib/preflight";
import { runPlaywright, runStaticCheck, runVitest, type SuiteResult } from "./lib/suites";
import { runIntegrationSuites } from "./run-integration";

const BROWSER_SUITE = "e2e (Chromium)";

const STATIC_CHECKS: { name: string; command: string; args: string[] }[] = [
  { name: "types (tsc --noEmit)", command: "node_modules/.bin/tsc", args: ["--noEmit"] },
  { name: "lint (eslint)", command: "node_modules/.bin/eslint", args: [".", "--max-warnings=0"] },
  { name: "format (prettier)", command: "node_modules/.bin/prettier", args: ["--check", ".", "--log-level=warn"] },
  { name: "dead code (knip)", command: "node_modules/.bin/knip", args: ["--no-progress"] },
];

async function main(): Promise<void> {
  const results: SuiteResult[] = [];
  const started = Date.now();

  // Without the browser the journeys cannot run: say so now, in one line, and skip them
  // (on CI they are mandatory, so the suite counts as failed).
  const chromiumProblem = checkChromium();
  const isCi = process.env.CI === "true";
  if (chromiumProblem) log(`${chromiumProblem}; browser journeys ${isCi ? "FAIL (mandatory on CI)" : "SKIPPED"}`);

  for (const check of STATIC_CHECKS) {
    log(`static check: ${check.name}`);
    results.push(runStaticCheck(check.name, check.command, check.args));
  }

  log("unit tests");
  results.push(runVitest("unit", "unit"));

  results.push(...(await runIntegrationSuites()));

  if (chromiumProblem) {
    results.push({
      name: BROWSER_SUITE,
      passed: 0,
      failed: isCi ? 1 : 0,
      skipped: 0,
      notRun: !isCi,
      note: isCi ? `${chromiumProblem} (mandatory on CI)` : chromiumProblem,
      seconds: 0,
    });
  } else {
    results.push(buildAndRunBrowserJourneys());
  }

  printSummary(results, started);
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

function printSummary(results: SuiteResult[], started: number): void {
  console.log("\nsuite                       passed  failed  skipped  seconds");
  for (const r of results) {
    const status = r.notRun ? "  (skipped)" : "";
    console.log(
      `${r.name.padEnd(27)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}${status}`,
    );
    if (r.note) console.log(`    ${r.note}`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
  console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const notRun = results.filter((r) => r.notRun).map((r) => r.name);
  console.log(
    `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}${notRun.length > 0 ? ` (skipped: ${notRun.join(", ")})` : ""}`,
  );
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
