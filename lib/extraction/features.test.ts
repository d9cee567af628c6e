import { describe, expect, it } from "vitest";
import { extractCandidates } from "./engine";
import { describeCandidateInArticle } from "./features";
import { SAMPLE_SENTENCES } from "./sample-sentences";

describe("the features of a candidate", () => {
  it("name each feature once, also where words, negations and cues repeat", () => {
    const body = [
      ...SAMPLE_SENTENCES,
      "Norway will not, and will never, send troops, not even a few troops, to Ukraine, its minister said.",
      "Denmark could and would and will send money and more money and weapons to Ukraine.",
    ].join("\n\n");
    const candidates = extractCandidates({ body, title: "Troops for Ukraine", published: "2026-03-02" });
    const features = describeCandidateInArticle(candidates);
    expect(candidates.length).toBeGreaterThan(10);
    expect(features.some((f) => f.filter((name) => name.startsWith("between:")).length > 1)).toBe(true);
    for (const [i, names] of features.entries())
      expect(
        names.filter((name, k) => names.indexOf(name) !== k),
        candidates[i]!.evidence,
      ).toEqual([]);
  });
});
