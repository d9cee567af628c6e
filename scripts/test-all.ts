// `npm test`: every suite (unit, integration on SQLite and PostgreSQL, browser journeys),
// one summary table, and the closing line `N passed, N failed` that sums them all.
import { spawnSync } from "node:child_process";
import { log, nextBin } from "./lib/cli";
import { runPlaywright, runVitest, type SuiteResult } from "./lib/suites";
import { runIntegrationSuites } from "./run-integration";

async function main(): Promise<void> {
  const results: SuiteResult[] = [];
  const started = Date.now();

  log("unit tests");
  results.push(runVitest("unit", "unit"));

  results.push(...(await runIntegrationSuites()));

  log("browser journeys: building the app (next build)");
  const buildStarted = Date.now();
  const build = spawnSync(nextBin(), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  if (build.status !== 0) {
    results.push({
      name: "e2e (Chromium)",
      passed: 0,
      failed: 1,
      skipped: 0,
      note: "next build failed",
      seconds: buildSeconds,
    });
  } else {
    log(`build: done in ${buildSeconds.toFixed(1)} s`);
    results.push(runPlaywright("e2e (Chromium)"));
  }

  console.log("\nsuite                       passed  failed  skipped  seconds");
  for (const r of results) {
    const status = r.notRun ? "  (not run)" : "";
    console.log(
      `${r.name.padEnd(27)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}${status}`,
    );
    if (r.note) console.log(`    ${r.note}`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
  console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
