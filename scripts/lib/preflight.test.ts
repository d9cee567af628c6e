import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROWSER_SUITE, browserSuiteWithoutChromium, checkChromium, chromiumPath } from "./preflight";
import { summarizeSuites, type SuiteResult } from "./suites";

describe("the Chromium preflight", () => {
  it("uses CHROMIUM_PATH when set, Debian's /usr/bin/chromium otherwise", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chromium/chrome" })).toBe("/opt/chromium/chrome");
  });

  it("names the missing executable and the command that installs it", () => {
    const problem = checkChromium({ CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(problem).toContain("/nonexistent/chromium");
    expect(problem).toContain("apt-get install -y chromium");
  });

  it("passes when the executable exists, and then leaves the browser suite to run", () => {
    const present = { CHROMIUM_PATH: process.execPath };
    expect(checkChromium(present)).toBeNull();
    expect(browserSuiteWithoutChromium({ ...present, CI: "true" })).toBeNull();
    // The same call does report a missing browser, so the null above is the check passing.
    expect(browserSuiteWithoutChromium({ CHROMIUM_PATH: `${process.execPath}-missing` })).not.toBeNull();
  });
});

// What `npm test` (scripts/test-all.ts) prints first and last, and how it exits, when the
// browser is missing: the two branches a machine with Chromium never takes.
describe("npm test without Chromium", () => {
  const missing = path.join(os.tmpdir(), "tracker-no-such-dir", "chromium");
  const otherSuites: SuiteResult[] = [
    { name: "types (tsc --noEmit)", passed: 1, failed: 0, skipped: 0, seconds: 9 },
    { name: "unit", passed: 40, failed: 0, skipped: 2, seconds: 12 },
  ];

  it("on a developer's machine says so in one line, skips the browser suite and passes on the rest", () => {
    const withoutChromium = browserSuiteWithoutChromium({ CHROMIUM_PATH: missing })!;
    expect(withoutChromium.line).toBe(
      `Chromium not found at ${missing}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); browser journeys SKIPPED`,
    );
    expect(withoutChromium.result).toMatchObject({ name: BROWSER_SUITE, passed: 0, failed: 0, notRun: true });

    const summary = summarizeSuites([...otherSuites, withoutChromium.result], 21);
    expect(summary.lines.find((line) => line.startsWith(BROWSER_SUITE))).toMatch(/\(skipped\)$/);
    expect(summary.lines).toContain(`    ${checkChromium({ CHROMIUM_PATH: missing })}`);
    expect(summary.lines.at(-1)).toBe(`41 passed, 0 failed, 2 skipped (skipped: ${BROWSER_SUITE})`);
    expect(summary.exitCode).toBe(0);
  });

  it("on CI (CI=true) fails the browser suite, and with it the run", () => {
    const withoutChromium = browserSuiteWithoutChromium({ CHROMIUM_PATH: missing, CI: "true" })!;
    expect(withoutChromium.line).toMatch(new RegExp(`^Chromium not found at ${missing}: .*; browser journeys FAIL`));
    expect(withoutChromium.result).toMatchObject({ name: BROWSER_SUITE, passed: 0, failed: 1, notRun: false });

    const summary = summarizeSuites([...otherSuites, withoutChromium.result], 21);
    expect(summary.lines).toContain(`    ${checkChromium({ CHROMIUM_PATH: missing })} (mandatory on CI)`);
    expect(summary.lines.at(-1)).toBe("41 passed, 1 failed, 2 skipped");
    expect(summary.exitCode).toBe(1);
  });
});
