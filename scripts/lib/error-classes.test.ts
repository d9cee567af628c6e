import { describe, expect, it } from "vitest";
import { classifyError, classifyEvidenceMiss, type EvidenceCandidate, type GoldPosition } from "./error-classes";

const gold = (over: Partial<GoldPosition>): GoldPosition => ({
  country: "NL",
  commitment: "troops",
  stance: "committed",
  speaker: "Someone",
  evidence: "The Dutch cabinet will send a frigate and two hundred soldiers.",
  condition: null,
  ...over,
});

describe("error classes", () => {
  it("sorts stance errors by the stances confused", () => {
    const g = gold({});
    expect(classifyError({ kind: "stance", gold: g, got: "conditional", labels: [g] })).toBe("conditions");
    expect(classifyError({ kind: "stance", gold: g, got: "considering", labels: [g] })).toBe("modality");
    const refusal = gold({ stance: "opposes" });
    expect(classifyError({ kind: "stance", gold: refusal, got: "ruled_out", labels: [refusal] })).toBe("opposition");
    expect(classifyError({ kind: "stance", gold: g, got: "ruled_out", labels: [g] })).toBe("other");
  });

  it("sorts misses by what else the gold sentence holds", () => {
    const troops = gold({});
    const maritime = gold({ commitment: "maritime" });
    const belgium = gold({ country: "BE" });
    expect(classifyError({ kind: "missed", gold: troops, labels: [troops, maritime] })).toBe("types");
    expect(classifyError({ kind: "missed", gold: troops, labels: [troops, belgium] })).toBe("actors");
    expect(classifyError({ kind: "missed", gold: troops, labels: [troops] })).toBe("other");
    const pact = gold({ speaker: null, evidence: "Under the pact, the Netherlands will train pilots." });
    expect(classifyError({ kind: "missed", gold: pact, labels: [pact] })).toBe("agreements");
  });

  describe("a wrong evidence sentence, by what the stages made of the gold sentence", () => {
    const lede = "The Dutch cabinet will send a frigate and two hundred soldiers.";
    const quote = "“We will send two hundred soldiers,” the minister told the chamber.";
    const g = gold({ evidence: quote });
    const candidate = (over: Partial<EvidenceCandidate>): EvidenceCandidate => ({
      country: "NL",
      commitment: "troops",
      stance: "committed",
      evidence: lede,
      readByRules: true,
      ...over,
    });

    it("no candidate of the pair in the gold sentence is a reading gap, whatever other pairs it gave", () => {
      expect(classifyEvidenceMiss(g, [candidate({})])).toBe("not-a-candidate");
      expect(classifyEvidenceMiss(g, [candidate({}), candidate({ evidence: quote, commitment: "maritime" })])).toBe(
        "not-a-candidate",
      );
      expect(classifyEvidenceMiss(g, [candidate({}), candidate({ evidence: quote, country: "BE" })])).toBe(
        "not-a-candidate",
      );
    });

    it("a candidate the rules did not read is unread, one they read is sorted by its stance", () => {
      expect(classifyEvidenceMiss(g, [candidate({}), candidate({ evidence: quote, readByRules: false })])).toBe(
        "unread",
      );
      expect(classifyEvidenceMiss(g, [candidate({}), candidate({ evidence: quote, stance: "supports" })])).toBe(
        "other-stance",
      );
      expect(
        classifyEvidenceMiss(g, [
          candidate({}),
          candidate({ evidence: quote, stance: "supports" }),
          candidate({ evidence: quote }),
        ]),
      ).toBe("equivalent");
    });

    it("finds the gold sentence by the scoring's rule: a quote alone inside its attributed sentence", () => {
      const alone = gold({ evidence: "We will send two hundred soldiers," });
      expect(classifyEvidenceMiss(alone, [candidate({ evidence: quote })])).toBe("equivalent");
    });
  });
});
