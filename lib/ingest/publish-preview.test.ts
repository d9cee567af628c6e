import { describe, expect, it } from "vitest";
import type { DraftPosition } from "./draft-position";
import { hasContradictions, previewPublish, type StandingPosition } from "./publish-preview";

function accepted(overrides: Partial<DraftPosition>): DraftPosition {
  return {
    id: "p1",
    country: "IT",
    commitment: "troops",
    stance: "ruled_out",
    condition: null,
    speaker: null,
    start: 0,
    end: 10,
    evidence: "0123456789",
    statedOn: "2026-01-07",
    confidence: null,
    cues: [],
    decision: "accepted",
    origin: "engine",
    edited: false,
    explanation: [],
    ...overrides,
  };
}

function standing(overrides: Partial<StandingPosition>): StandingPosition {
  return {
    country: "IT",
    commitment: "troops",
    stance: "ruled_out",
    statedOn: "2026-01-01",
    outlet: "Wire",
    ...overrides,
  };
}

function effectOf(positions: DraftPosition[], current: StandingPosition[]) {
  return previewPublish(positions, current).map((item) => item.effect.kind);
}

describe("previewPublish", () => {
  it("calls a position for a pair with nothing standing new", () => {
    expect(effectOf([accepted({})], [])).toEqual(["new"]);
  });

  it("says a later position with the same stance confirms and one with another stance changes the cell", () => {
    expect(effectOf([accepted({})], [standing({})])).toEqual(["confirms"]);
    const [change] = previewPublish([accepted({})], [standing({ stance: "considering" })]);
    expect(change?.effect).toEqual({ kind: "changes", standing: standing({ stance: "considering" }) });
  });

  it("sends a position older than the standing one into the history only", () => {
    const [older] = previewPublish([accepted({ statedOn: "2025-12-01", stance: "committed" })], [standing({})]);
    expect(older?.effect).toEqual({ kind: "older", standing: { stance: "ruled_out", statedOn: "2026-01-01" } });
  });

  it("flags another stance stated the same day, in the matrix or in the same article", () => {
    const sameDay = standing({ statedOn: "2026-01-07", stance: "committed" });
    expect(effectOf([accepted({})], [sameDay])).toEqual(["contradiction"]);
    expect(effectOf([accepted({})], [standing({ statedOn: "2026-01-07" })])).toEqual(["confirms"]);
    const both = [accepted({}), accepted({ id: "p2", stance: "considering", start: 20, end: 30 })];
    const preview = previewPublish(both, []);
    expect(preview.map((item) => item.effect)).toEqual([
      { kind: "contradiction", against: { stance: "considering", statedOn: "2026-01-07", source: "article" } },
      { kind: "contradiction", against: { stance: "ruled_out", statedOn: "2026-01-07", source: "article" } },
    ]);
    expect(hasContradictions(preview)).toBe(true);
  });

  it("within one article, an earlier position for the same cell goes into the history behind the later one", () => {
    const positions = [
      accepted({ id: "old", statedOn: "2025-11-03", stance: "considering" }),
      accepted({ id: "new", statedOn: "2026-01-07" }),
    ];
    expect(effectOf(positions, [])).toEqual(["older", "new"]);
  });

  it("leaves out positions not accepted and never flags positions of different cells", () => {
    const positions = [
      accepted({ decision: "pending", stance: "committed" }),
      accepted({ id: "p2", decision: "rejected", stance: "committed" }),
      accepted({ id: "p3", country: "FR", stance: "committed" }),
    ];
    expect(effectOf(positions, [standing({ statedOn: "2026-01-07" })])).toEqual(["new"]);
    expect(hasContradictions(previewPublish(positions, []))).toBe(false);
  });
});
