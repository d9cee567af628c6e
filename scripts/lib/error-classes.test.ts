import { describe, expect, it } from "vitest";
import { classifyError, type GoldPosition } from "./error-classes";

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
});
