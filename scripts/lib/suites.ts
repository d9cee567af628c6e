// Runs one test suite as a child process and reads its JSON report, so `npm test` can sum
// every suite into one closing line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  /** True when the suite did not run at all (the reason is in `note`). */
  notRun?: boolean;
  note?: string;
  /** The names of the tests that failed, so the summary (the tail a CI log keeps) names them. */
  failures?: string[];
  seconds: number;
}

/** At most this many failed tests are named per suite; the count says how many there were. */
const FAILURES_NAMED = 10;

function reportPath(name: string): string {
  return path.join(os.tmpdir(), `tracker-report-${name.replace(/\W+/g, "-")}-${process.pid}.json`);
}

/** A static check (types, lint, format, dead code): one pass or one failure, its output shown. */
export function runStaticCheck(name: string, command: string, args: string[]): SuiteResult {
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const seconds = (Date.now() - started) / 1000;
  const ok = child.status === 0;
  return {
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    note: ok ? undefined : `exited ${child.status}`,
    seconds,
  };
}

export function runVitest(name: string, project: string, env: Record<string, string | undefined> = {}): SuiteResult {
  const report = reportPath(name);
  const started = Date.now();
  const child = spawnSync(
    "node_modules/.bin/vitest",
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  const seconds = (Date.now() - started) / 1000;
  if (!fs.existsSync(report))
    return { name, passed: 0, failed: 1, skipped: 0, note: `vitest exited ${child.status} without a report`, seconds };
  const json = JSON.parse(fs.readFileSync(report, "utf8")) as VitestReport;
  fs.rmSync(report, { force: true });
  // A suite that crashed outside any test (a broken import, a failing hook) still fails.
  const failed = json.numFailedTests + (child.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return {
    name,
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    failures: vitestFailures(json),
    seconds,
  };
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { fullName: string; status: string }[];
  }[];
}

/** Failed tests as `file › full name`; a file that failed outside any test is named alone. */
export function vitestFailures(report: VitestReport): string[] {
  const failures: string[] = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(process.cwd(), file.name);
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) failures.push(`${relative} › ${test.fullName}`);
    if (failedTests.length === 0 && file.status === "failed")
      failures.push(`${relative} (${file.message ?? "failed"})`);
  }
  return failures;
}

export function runPlaywright(
  name: string,
  env: Record<string, string | undefined> = {},
  specs: string[] = [],
): SuiteResult {
  const report = reportPath(name);
  const started = Date.now();
  const child = spawnSync("node_modules/.bin/playwright", ["test", "--reporter=list,json", ...specs], {
    stdio: "inherit",
    env: { ...process.env, ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  const seconds = (Date.now() - started) / 1000;
  if (!fs.existsSync(report))
    return {
      name,
      passed: 0,
      failed: 1,
      skipped: 0,
      note: `playwright exited ${child.status} without a report`,
      seconds,
    };
  const json = JSON.parse(fs.readFileSync(report, "utf8")) as PlaywrightReport;
  fs.rmSync(report, { force: true });
  const setupErrors = child.status !== 0 && json.stats.unexpected === 0 ? 1 : 0;
  return {
    name,
    passed: json.stats.expected + json.stats.flaky,
    failed: json.stats.unexpected + setupErrors,
    skipped: json.stats.skipped,
    failures: playwrightFailures(json),
    seconds,
  };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

/** Journeys whose outcome was unexpected (failed on every try), as `file:line › title`. */
export function playwrightFailures(report: PlaywrightReport): string[] {
  const failures: string[] = [];
  // The top-level suites are the spec files (their title is the path); below them, describe blocks.
  const visit = (suite: PlaywrightSuite, describeTitles: string[]): void => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === "unexpected"))
        failures.push(`${spec.file}:${spec.line} › ${[...describeTitles, spec.title].join(" › ")}`);
    }
    for (const child of suite.suites ?? []) visit(child, [...describeTitles, child.title]);
  };
  for (const file of report.suites ?? []) visit(file, []);
  return failures;
}

/**
 * The table `npm test` ends with and its closing line `N passed, N failed`, which sums every
 * suite (a suite that did not run is named there), and the exit code: 1 when anything failed.
 */
export function summarizeSuites(results: SuiteResult[], totalSeconds: number): { lines: string[]; exitCode: number } {
  const lines = ["", "suite                       passed  failed  skipped  seconds"];
  for (const r of results) {
    const status = r.notRun ? "  (skipped)" : "";
    lines.push(
      `${r.name.padEnd(27)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}${status}`,
    );
    if (r.note) lines.push(`    ${r.note}`);
    const failures = r.failures ?? [];
    for (const failure of failures.slice(0, FAILURES_NAMED)) lines.push(`    failed: ${failure}`);
    if (failures.length > FAILURES_NAMED) lines.push(`    ... and ${failures.length - FAILURES_NAMED} more`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
  lines.push(`total time ${totalSeconds.toFixed(0)} s`);
  const notRun = results.filter((r) => r.notRun).map((r) => r.name);
  lines.push(
    `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}${notRun.length > 0 ? ` (skipped: ${notRun.join(", ")})` : ""}`,
  );
  return { lines, exitCode: failed > 0 ? 1 : 0 };
}
