import { describe, expect, it } from "vitest";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { reduce } from "./reduce";
import type { Candidate } from "./types";

// Sentences written for this test; only their offsets and the candidates matter to reduce.
const SUMMARY = "Finland will stand by Kyiv with weapons, instructors and satellite imagery, the minister said.";
const SINGLE = "Finland intends to deliver more weapons to Kyiv next year.";
const OTHERS = "Norway and Denmark will send weapons, instructors and radar data to Kyiv.";

function candidate(
  evidence: string,
  start: number,
  commitment: CommitmentType,
  confidence: number,
  options: { country?: string; stance?: Stance } = {},
): Candidate {
  return {
    country: options.country ?? "FI",
    commitment,
    stance: options.stance ?? "committed",
    speaker: null,
    condition: null,
    evidence,
    start,
    end: start + evidence.length,
    statedOn: null,
    confidence,
    cues: [],
    explanation: [],
    order: start,
  };
}

function summaryOf(confidence: number, stance: Stance = "committed"): Candidate[] {
  return (["arms", "training", "intelligence"] as const).map((type) =>
    candidate(SUMMARY, 200, type, confidence, { stance }),
  );
}

describe("evidence: the summary statement over a single mention", () => {
  it("takes the sentence stating several of a country's positions when it is nearly as confident", () => {
    const proposals = reduce([candidate(SINGLE, 0, "arms", 0.77), ...summaryOf(0.72)]);
    expect(proposals.find((p) => p.commitment === "arms")?.evidence).toBe(SUMMARY);
    expect(proposals).toHaveLength(3);
  });

  it("keeps the single sentence when it is clearly more confident", () => {
    const proposals = reduce([candidate(SINGLE, 0, "arms", 0.9), ...summaryOf(0.72)]);
    expect(proposals.find((p) => p.commitment === "arms")?.evidence).toBe(SINGLE);
  });

  it("never changes the stance: a broader sentence with another stance is not the evidence", () => {
    const proposals = reduce([candidate(SINGLE, 0, "arms", 0.77), ...summaryOf(0.74, "considering")]);
    const arms = proposals.find((p) => p.commitment === "arms");
    expect(arms?.stance).toBe("committed");
    expect(arms?.evidence).toBe(SINGLE);
  });

  it("counts only the same country's positions in the sentence", () => {
    const proposals = reduce([
      candidate(SINGLE, 0, "arms", 0.77),
      candidate(OTHERS, 300, "arms", 0.72),
      candidate(OTHERS, 300, "training", 0.72, { country: "NO" }),
      candidate(OTHERS, 300, "intelligence", 0.72, { country: "DK" }),
    ]);
    expect(proposals.find((p) => p.country === "FI" && p.commitment === "arms")?.evidence).toBe(SINGLE);
  });
});

describe("evidence: the earlier of two equally ranked sentences", () => {
  const LATER = "Finland will deliver more weapons to Kyiv, the minister repeated on Friday.";

  it("takes the earlier sentence, whatever order the candidates come in", () => {
    const first = candidate(SINGLE, 0, "arms", 0.77);
    const later = candidate(LATER, 400, "arms", 0.77);
    expect(reduce([first, later])[0]?.evidence).toBe(SINGLE);
    expect(reduce([later, first])[0]?.evidence).toBe(SINGLE);
  });

  it("still takes the later sentence when it ranks higher", () => {
    const proposals = reduce([candidate(LATER, 400, "arms", 0.85), candidate(SINGLE, 0, "arms", 0.77)]);
    expect(proposals[0]?.evidence).toBe(LATER);
  });
});

describe("stance: a country's own part over its support for the measure", () => {
  it("keeps the refusal of its own troops over a more confident support of the force", () => {
    const proposals = reduce([
      candidate(SINGLE, 0, "troops", 0.9, { stance: "supports" }),
      candidate(SUMMARY, 200, "troops", 0.6, { stance: "ruled_out" }),
    ]);
    expect(proposals.map((p) => p.stance)).toEqual(["ruled_out"]);
  });

  it("keeps the support when it is the only statement", () => {
    expect(reduce([candidate(SINGLE, 0, "troops", 0.6, { stance: "supports" })]).map((p) => p.stance)).toEqual([
      "supports",
    ]);
  });
});

describe("stance: a pledge under a condition over a possibility", () => {
  it("keeps the conditional pledge over a more confident 'could'", () => {
    for (const order of [0, 1]) {
      const both = [
        candidate(SINGLE, 0, "air", 0.9, { stance: "considering" }),
        candidate(SUMMARY, 200, "air", 0.6, { stance: "conditional" }),
      ];
      const proposals = reduce(order ? both.reverse() : both);
      expect(proposals.map((p) => p.stance)).toEqual(["conditional"]);
    }
  });
});
