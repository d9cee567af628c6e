import { describe, expect, it } from "vitest";
import {
  applyDraftChange,
  type DraftPosition,
  isSamePosition,
  mergeIdenticalPositions,
  newPositionId,
  parseStoredPositions,
  toDraftPosition,
} from "./draft-position";
import type { PositionEdit } from "./schema";

const BODY = "Norway will send a frigate. Denmark rules out troops. Analysts expect more.";
const FRIGATE = { start: 0, end: 27 };
const DENMARK = { start: 28, end: 53 };

function position(overrides: Partial<DraftPosition>): DraftPosition {
  const span = { start: overrides.start ?? FRIGATE.start, end: overrides.end ?? FRIGATE.end };
  return {
    id: "p1",
    country: "NO",
    commitment: "maritime",
    stance: "committed",
    condition: null,
    speaker: null,
    evidence: BODY.slice(span.start, span.end),
    statedOn: "2026-01-12",
    confidence: 0.9,
    cues: ["will send"],
    decision: "pending",
    origin: "engine",
    edited: false,
    explanation: ["named speaker +0.10"],
    ...overrides,
    ...span,
  };
}

function edit(overrides: Partial<PositionEdit>): PositionEdit {
  return {
    id: "e1",
    country: "NO",
    commitment: "maritime",
    stance: "committed",
    condition: null,
    speaker: null,
    start: FRIGATE.start,
    end: FRIGATE.end,
    statedOn: "2026-01-12",
    ...overrides,
  };
}

describe("applyDraftChange", () => {
  const draft = [
    position({ id: "p1" }),
    position({ id: "p2", country: "DK", commitment: "troops", stance: "ruled_out", ...DENMARK }),
  ];

  it("records a decision on one position and leaves the others alone", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      { kind: "decide", positionId: "p2", decision: "rejected" },
      BODY,
    );
    expect(outcome).toEqual({ kind: "decided", positionId: "p2" });
    expect(positions.map((p) => p.decision)).toEqual(["pending", "rejected"]);
    expect(draft[1]!.decision).toBe("pending");
  });

  it("refuses a decision on a position the draft does not have", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      { kind: "decide", positionId: "zz", decision: "accepted" },
      BODY,
    );
    expect(outcome.kind).toBe("refused");
    expect(positions).toBe(draft);
  });

  it("saves an edit with the evidence taken from the body, keeping the engine's cues and confidence", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      {
        kind: "save",
        edit: edit({ id: "p1", stance: "considering", ...DENMARK, statedOn: "2026-01-05" }),
        decision: "accepted",
      },
      BODY,
    );
    expect(outcome).toEqual({ kind: "updated", positionId: "p1" });
    expect(positions[0]).toMatchObject({
      stance: "considering",
      evidence: "Denmark rules out troops.",
      statedOn: "2026-01-05",
      cues: ["will send"],
      confidence: 0.9,
      explanation: ["named speaker +0.10"],
      decision: "accepted",
      origin: "engine",
      edited: true,
    });
  });

  it("adds a position with a new id as the editor's", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "e9", commitment: "training" }), decision: "accepted" },
      BODY,
    );
    expect(outcome).toEqual({ kind: "added", positionId: "e9" });
    expect(positions).toHaveLength(3);
    expect(positions[2]).toMatchObject({
      origin: "editor",
      confidence: null,
      cues: [],
      explanation: [],
      commitment: "training",
    });
  });

  it("merges a hand-added position identical to a proposal into it instead of storing it twice", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "e9", speaker: "Jonas Gahr Støre" }), decision: "accepted" },
      BODY,
    );
    expect(outcome).toEqual({ kind: "merged", positionId: "p1" });
    expect(positions).toHaveLength(2);
    expect(positions[0]).toMatchObject({
      id: "p1",
      decision: "accepted",
      speaker: "Jonas Gahr Støre",
      cues: ["will send"],
    });
  });

  it("merges an edited proposal that became identical to another one", () => {
    const { positions, outcome } = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "p2", ...FRIGATE }), decision: "accepted" },
      BODY,
    );
    expect(outcome).toEqual({ kind: "merged", positionId: "p1" });
    expect(positions.map((p) => p.id)).toEqual(["p1"]);
  });

  it("drops the condition of a stance that is not conditional", () => {
    const { positions } = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "p1", condition: "after a deal" }), decision: "accepted" },
      BODY,
    );
    expect(positions[0]!.condition).toBeNull();
    const conditional = applyDraftChange(
      draft,
      {
        kind: "save",
        edit: edit({ id: "p1", stance: "conditional", condition: "after a deal" }),
        decision: "accepted",
      },
      BODY,
    );
    expect(conditional.positions[0]!.condition).toBe("after a deal");
  });

  it("marks an engine proposal saved with a change as edited, and one saved unchanged as not", () => {
    const save = (positions: typeof draft, overrides: Partial<PositionEdit>) =>
      applyDraftChange(positions, { kind: "save", edit: edit({ id: "p1", ...overrides }), decision: "accepted" }, BODY)
        .positions;
    expect(save(draft, {})[0]!.edited).toBe(false);
    const edited = save(draft, { speaker: "Jonas Gahr Store" });
    expect(edited[0]!.edited).toBe(true);
    // Changing it back does not undo the edit: the editor still had to correct the proposal.
    expect(save(edited, {})[0]!.edited).toBe(true);
    const added = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "e7", country: "SE", commitment: "air" }), decision: "accepted" },
      BODY,
    );
    expect(added.positions.find((p) => p.id === "e7")).toMatchObject({ origin: "editor", edited: false });
  });

  it("refuses evidence outside the body", () => {
    const { outcome } = applyDraftChange(
      draft,
      { kind: "save", edit: edit({ id: "p1", start: 60, end: BODY.length + 5 }), decision: "accepted" },
      BODY,
    );
    expect(outcome.kind).toBe("refused");
  });
});

describe("isSamePosition and mergeIdenticalPositions", () => {
  it("treats the same country, type and stance on overlapping evidence as one position", () => {
    expect(isSamePosition(position({}), position({ id: "x", start: 5, end: 40 }))).toBe(true);
    expect(isSamePosition(position({}), position({ id: "x", ...DENMARK }))).toBe(false);
    expect(isSamePosition(position({}), position({ id: "x", stance: "considering" }))).toBe(false);
    expect(isSamePosition(position({}), position({ id: "x", country: "DK" }))).toBe(false);
  });

  it("keeps one of each group, with the strongest decision (accepted, then rejected, then undecided)", () => {
    const merged = mergeIdenticalPositions([
      position({ id: "a", decision: "pending" }),
      position({ id: "b", decision: "accepted", condition: null }),
      position({ id: "c", ...DENMARK, country: "DK", decision: "pending" }),
      position({ id: "d", ...DENMARK, country: "DK", decision: "rejected" }),
    ]);
    expect(merged.map((p) => [p.id, p.decision])).toEqual([
      ["a", "accepted"],
      ["c", "rejected"],
    ]);
  });
});

describe("toDraftPosition", () => {
  it("keeps the engine's proposal with its cues, confidence and explanation, pending, dated by the article when the text gives no date", () => {
    const draft = toDraftPosition(
      {
        country: "NO",
        commitment: "maritime",
        stance: "committed",
        speaker: null,
        condition: null,
        evidence: BODY.slice(FRIGATE.start, FRIGATE.end),
        ...FRIGATE,
        statedOn: null,
        confidence: 0.77,
        cues: ["will send", "frigate"],
        explanation: ["actor named in the clause +0.15", "hedged stance word −0.05"],
      },
      "2026-01-12",
      1,
    );
    expect(draft).toMatchObject({
      id: "p2",
      statedOn: "2026-01-12",
      confidence: 0.77,
      cues: ["will send", "frigate"],
      explanation: ["actor named in the clause +0.15", "hedged stance word −0.05"],
      decision: "pending",
      origin: "engine",
      edited: false,
    });
  });
});

describe("parseStoredPositions", () => {
  it("gives positions saved before ids existed an id by their order", () => {
    const legacy = [position({}), position({ ...DENMARK })].map(({ id: _id, ...rest }) => rest);
    expect(parseStoredPositions(JSON.stringify(legacy)).map((p) => p.id)).toEqual(["p1", "p2"]);
  });

  it("gives positions saved before explanations were kept an empty one", () => {
    const legacy = [position({})].map(({ explanation: _explanation, ...rest }) => rest);
    expect(parseStoredPositions(JSON.stringify(legacy))[0]?.explanation).toEqual([]);
    expect(parseStoredPositions(JSON.stringify([position({})]))[0]?.explanation).toEqual(["named speaker +0.10"]);
  });

  it("refuses stored JSON that is not a list of positions", () => {
    expect(() => parseStoredPositions(JSON.stringify([{ country: "NO" }]))).toThrow();
  });
});

describe("newPositionId", () => {
  it("makes ids the schema accepts, different each time", () => {
    const ids = new Set(Array.from({ length: 50 }, () => newPositionId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
