import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  playwrightFailures,
  summarizeSuites,
  vitestFailures,
  type PlaywrightReport,
  type VitestReport,
} from "./suites";

// A CI log keeps only its tail, so the summary at the end must name what failed.
describe("the names of failed tests in the summary", () => {
  it("takes vitest's failed tests, and a file that failed outside any test", () => {
    const report: VitestReport = {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        {
          name: path.join(process.cwd(), "lib/a.test.ts"),
          status: "failed",
          assertionResults: [
            { fullName: "group keeps one", status: "passed" },
            { fullName: "group drops two", status: "failed" },
          ],
        },
        {
          name: path.join(process.cwd(), "lib/b.test.ts"),
          status: "failed",
          message: "import broke",
          assertionResults: [],
        },
        { name: path.join(process.cwd(), "lib/c.test.ts"), status: "passed", assertionResults: [] },
      ],
    };
    expect(vitestFailures(report)).toEqual(["lib/a.test.ts › group drops two", "lib/b.test.ts (import broke)"]);
  });

  it("takes the journeys that failed on every try, with their describe titles, not the flaky ones", () => {
    const report: PlaywrightReport = {
      stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
      suites: [
        {
          title: "matrix.spec.ts",
          file: "matrix.spec.ts",
          specs: [{ title: "top level", file: "matrix.spec.ts", line: 3, tests: [{ status: "flaky" }] }],
          suites: [
            {
              title: "filters",
              file: "matrix.spec.ts",
              specs: [
                { title: "sorts", file: "matrix.spec.ts", line: 9, tests: [{ status: "unexpected" }] },
                { title: "filters", file: "matrix.spec.ts", line: 20, tests: [{ status: "expected" }] },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightFailures(report)).toEqual(["matrix.spec.ts:9 › filters › sorts"]);
  });

  it("lists them under their suite, at most ten, before the closing line", () => {
    const failures = Array.from({ length: 12 }, (_, i) => `lib/x.test.ts › case ${i}`);
    const summary = summarizeSuites(
      [
        { name: "unit", passed: 3, failed: 0, skipped: 0, seconds: 1 },
        { name: "integration (PostgreSQL)", passed: 5, failed: 12, skipped: 0, failures, seconds: 2 },
      ],
      3,
    );
    const named = summary.lines.filter((line) => line.startsWith("    failed: "));
    expect(named).toHaveLength(10);
    expect(named[0]).toBe("    failed: lib/x.test.ts › case 0");
    expect(summary.lines).toContain("    ... and 2 more");
    expect(summary.lines.at(-1)).toBe("8 passed, 12 failed");
    expect(summary.exitCode).toBe(1);
  });
});
