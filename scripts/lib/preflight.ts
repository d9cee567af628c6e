// What `npm test` needs from the machine beyond node_modules, checked before anything runs so
// that a missing piece is one line up front, not 27 browser journeys failing one by one.
import fs from "node:fs";
import type { SuiteResult } from "./suites";

export const CHROMIUM_INSTALL_COMMAND = "apt-get install -y chromium";

export const BROWSER_SUITE = "e2e (Chromium)";

type Env = Record<string, string | undefined>;

/** The browser Playwright drives (playwright.config.ts reads the same variable). */
export function chromiumPath(env: Env = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Null when Chromium is there; otherwise the one line that says what is missing and how to get it. */
export function checkChromium(env: Env = process.env): string | null {
  const executable = chromiumPath(env);
  if (fs.existsSync(executable)) return null;
  return `Chromium not found at ${executable}: install it with \`${CHROMIUM_INSTALL_COMMAND}\` (or set CHROMIUM_PATH)`;
}

/**
 * Null when the browser journeys can run. Otherwise the line `npm test` prints before anything
 * else and the row the browser suite gets in its summary: skipped on a developer's machine, so
 * the other suites still tell them something, but failed on CI (CI=true), where a missing
 * browser must not pass as green.
 */
export function browserSuiteWithoutChromium(env: Env = process.env): { line: string; result: SuiteResult } | null {
  const problem = checkChromium(env);
  if (!problem) return null;
  const isCi = env.CI === "true";
  return {
    line: `${problem}; browser journeys ${isCi ? "FAIL (mandatory on CI)" : "SKIPPED"}`,
    result: {
      name: BROWSER_SUITE,
      passed: 0,
      failed: isCi ? 1 : 0,
      skipped: 0,
      notRun: !isCi,
      note: isCi ? `${problem} (mandatory on CI)` : problem,
      seconds: 0,
    },
  };
}
