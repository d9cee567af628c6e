import { describe, expect, it } from "vitest";
import { derivePositionIntervals, intervalAt, type PositionSource, startOfUtcDay } from "./derive-intervals";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function source(id: string, stance: string, statedOn: string, recordedAt = "2026-01-01T00:00:00Z"): PositionSource {
  return { commitmentId: id, stance, condition: null, statedOn: day(statedOn), recordedAt: new Date(recordedAt) };
}

describe("derivePositionIntervals", () => {
  it("gives one interval per day with a statement, each standing until the next", () => {
    const intervals = derivePositionIntervals([
      source("b", "ruled_out", "2026-01-07"),
      source("a", "considering", "2025-03-01"),
    ]);
    expect(intervals).toEqual([
      {
        commitmentId: "a",
        stance: "considering",
        condition: null,
        validFrom: day("2025-03-01"),
        validUntil: day("2026-01-07"),
        contested: false,
        isStanceChange: true,
      },
      {
        commitmentId: "b",
        stance: "ruled_out",
        condition: null,
        validFrom: day("2026-01-07"),
        validUntil: null,
        contested: false,
        isStanceChange: true,
      },
    ]);
  });

  it("lets the commitment recorded last stand on a day with several, and marks the day contested when they disagree", () => {
    const [interval] = derivePositionIntervals([
      source("first", "committed", "2026-02-01", "2026-02-02T10:00:00Z"),
      source("second", "ruled_out", "2026-02-01", "2026-02-03T09:00:00Z"),
    ]);
    expect(interval?.commitmentId).toBe("second");
    expect(interval?.stance).toBe("ruled_out");
    expect(interval?.contested).toBe(true);
  });

  it("breaks a tie in recording time by the commitment id, and does not mark agreeing statements as contested", () => {
    const [interval] = derivePositionIntervals([
      source("x", "committed", "2026-02-01"),
      source("y", "committed", "2026-02-01"),
    ]);
    expect(interval?.commitmentId).toBe("y");
    expect(interval?.contested).toBe(false);
  });

  it("treats statements at different hours of one day as the same day", () => {
    const intervals = derivePositionIntervals([
      { ...source("a", "committed", "2026-02-01"), statedOn: new Date("2026-02-01T08:00:00Z") },
      { ...source("b", "supports", "2026-02-01"), statedOn: new Date("2026-02-01T20:00:00Z") },
    ]);
    expect(intervals).toHaveLength(1);
    expect(intervals[0]?.validFrom).toEqual(day("2026-02-01"));
  });

  it("marks only the days where the stance differs from the day before as changes", () => {
    const intervals = derivePositionIntervals(
      [
        source("a", "supports", "2026-01-01"),
        source("b", "supports", "2026-01-05"),
        source("c", "committed", "2026-01-09"),
      ],
      "supports",
    );
    expect(intervals.map((interval) => interval.isStanceChange)).toEqual([false, false, true]);
  });
});

describe("intervalAt", () => {
  const intervals = derivePositionIntervals([
    source("a", "considering", "2025-03-01"),
    source("b", "ruled_out", "2026-01-07"),
  ]);

  it("finds the interval that stands at a day, from its first day on", () => {
    expect(intervalAt(intervals, day("2025-02-28"))).toBeNull();
    expect(intervalAt(intervals, day("2025-03-01"))?.commitmentId).toBe("a");
    expect(intervalAt(intervals, new Date("2026-01-06T23:59:00Z"))?.commitmentId).toBe("a");
    expect(intervalAt(intervals, day("2026-01-07"))?.commitmentId).toBe("b");
    expect(intervalAt(intervals, day("2030-01-01"))?.commitmentId).toBe("b");
  });

  it("rounds any instant down to its UTC day", () => {
    expect(startOfUtcDay(new Date("2026-05-05T23:59:59.999Z"))).toEqual(day("2026-05-05"));
  });
});
