import { afterAll, describe, expect, it } from "vitest";
import { extractPositions } from "@/lib/extraction";
import { analyseInWorker, analysisBudgetMs, DEFAULT_ANALYSIS_BUDGET_MS, overBudgetMessage } from "./analysis-pool";
import { fingerprintArticle } from "./fingerprint";

const BODY =
  "Denmark will send two patrol ships to the Baltic approaches to help Ukraine's navy, its defence minister said on Friday.\n\n" +
  "Latvia is considering training Ukrainian engineers, according to its government.\n";
const LARGE_BODY = `${BODY}\n`.repeat(Math.floor((190 * 1024) / (BODY.length + 1)));

afterAll(() => {
  (globalThis as { trackerAnalysisPool?: { destroy(): Promise<void> } }).trackerAnalysisPool?.destroy();
});

// Starting a worker loads the engine (about a second, far more on a loaded machine).
describe("the analysis worker pool", { timeout: 60_000 }, () => {
  it("gives the same fingerprint and proposals as running on this thread", async () => {
    const fingerprinted = await analyseInWorker({ kind: "fingerprint", body: BODY });
    expect(fingerprinted).toEqual({ kind: "fingerprint", fingerprint: fingerprintArticle(BODY) });
    const article = { body: BODY, published: "2026-02-06", title: "Copenhagen sends patrol ships" };
    const extracted = await analyseInWorker({ kind: "extract", article });
    expect(extracted).toEqual({ kind: "extract", proposals: extractPositions(article) });
  });

  it("keeps this thread's event loop turning while a large paste is analysed", async () => {
    let turns = 0;
    let analysing = true;
    const spin = () => {
      turns++;
      if (analysing) setImmediate(spin);
    };
    setImmediate(spin);
    const result = await analyseInWorker({ kind: "extract", article: { body: LARGE_BODY, published: "2026-02-06" } });
    analysing = false;
    expect(result.proposals.length).toBeGreaterThan(0);
    // On this thread the analysis would have run between two turns of the loop.
    expect(turns).toBeGreaterThan(100);
  }, 60_000); // a 190 KB extraction on a loaded machine takes longer than vitest's default 5 s

  it("stops a task over its budget, says so, and then serves the next task", async () => {
    const over = analyseInWorker({ kind: "extract", article: { body: LARGE_BODY, published: "2026-02-06" } }, 1);
    await expect(over).rejects.toMatchObject({ code: "ANALYSIS_OVER_BUDGET" });
    expect(overBudgetMessage(15_000)).toMatch(/longer than 15 seconds.*still in the form/);
    const next = await analyseInWorker({ kind: "fingerprint", body: BODY });
    expect(next.fingerprint).toBe(fingerprintArticle(BODY));
  });

  it("reads its budget from ANALYSIS_TIME_BUDGET_MS, ignoring nonsense", () => {
    expect(analysisBudgetMs({ ANALYSIS_TIME_BUDGET_MS: "2500" })).toBe(2500);
    expect(analysisBudgetMs({ ANALYSIS_TIME_BUDGET_MS: "soon" })).toBe(DEFAULT_ANALYSIS_BUDGET_MS);
    expect(analysisBudgetMs({})).toBe(DEFAULT_ANALYSIS_BUDGET_MS);
  });
});
