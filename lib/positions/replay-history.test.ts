import { describe, expect, it } from "vitest";
import { type CommitmentRecord, replayPositionHistory } from "./replay-history";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 12, minute));

function commitment(id: string, fields: Partial<CommitmentRecord>): CommitmentRecord {
  return {
    id,
    countryCode: "FR",
    type: "troops",
    stance: "considering",
    condition: null,
    statedOn: day("2026-03-01"),
    reviewState: "accepted",
    createdAt: at(0),
    retractedAt: null,
    articleRetractedAt: null,
    ...fields,
  };
}

/** The rows the tracker showed at an instant: recorded by then, not replaced by then. */
function shownAt(rows: ReturnType<typeof replayPositionHistory>, instant: Date) {
  return rows
    .filter((row) => row.recordedFrom <= instant && (row.recordedUntil === null || row.recordedUntil > instant))
    .map((row) => [row.countryCode, row.type, row.commitmentId, row.stance, row.validFrom.toISOString().slice(0, 10)])
    .sort();
}

describe("replayPositionHistory", () => {
  it("records each change at its instant: a later statement, a correction to another cell, a retraction", () => {
    const rows = replayPositionHistory(
      [
        commitment("a", { createdAt: at(0) }),
        // Corrected at minute 2 from FR troops / committed to DE air / supports.
        commitment("b", {
          statedOn: day("2026-03-05"),
          createdAt: at(1),
          countryCode: "DE",
          type: "air",
          stance: "supports",
        }),
        commitment("c", { statedOn: day("2026-03-03"), createdAt: at(3), stance: "ruled_out", retractedAt: at(4) }),
      ],
      [{ commitmentId: "b", at: at(2), before: { countryCode: "FR", type: "troops", stance: "committed" } }],
    );
    expect(shownAt(rows, at(0))).toEqual([["FR", "troops", "a", "considering", "2026-03-01"]]);
    expect(shownAt(rows, at(1))).toEqual([
      ["FR", "troops", "a", "considering", "2026-03-01"],
      ["FR", "troops", "b", "committed", "2026-03-05"],
    ]);
    expect(shownAt(rows, at(2))).toEqual([
      ["DE", "air", "b", "supports", "2026-03-05"],
      ["FR", "troops", "a", "considering", "2026-03-01"],
    ]);
    expect(shownAt(rows, at(3))).toEqual([
      ["DE", "air", "b", "supports", "2026-03-05"],
      ["FR", "troops", "a", "considering", "2026-03-01"],
      ["FR", "troops", "c", "ruled_out", "2026-03-03"],
    ]);
    expect(shownAt(rows, at(4))).toEqual(shownAt(rows, at(2)));
    // The row of `a` stood unchanged until `b` ended it on the 5th, then again once `b` moved away.
    const aRows = rows.filter((row) => row.commitmentId === "a");
    expect(
      aRows.map((row) => [row.validUntil?.toISOString().slice(0, 10) ?? null, row.recordedFrom, row.recordedUntil]),
    ).toEqual([
      [null, at(0), at(1)],
      ["2026-03-05", at(1), at(2)],
      [null, at(2), at(3)],
      ["2026-03-03", at(3), at(4)],
      [null, at(4), null],
    ]);
  });

  it("leaves out what never stood: proposals, and articles retracted when recorded", () => {
    const rows = replayPositionHistory(
      [commitment("p", { reviewState: "proposed" }), commitment("r", { createdAt: at(1), articleRetractedAt: at(1) })],
      [],
    );
    expect(rows).toEqual([]);
  });
});
