import { describe, expect, it } from "vitest";
import { reviveDates } from "./revive-dates";

describe("reviveDates", () => {
  it("turns ISO instants back into dates, deep inside arrays and objects, and leaves other strings", () => {
    const original = {
      statedOn: new Date("2026-01-07T00:00:00.000Z"),
      rows: [{ cells: { troops: { statedOn: new Date("2025-03-01T00:00:00.000Z"), sentence: "2025-03-01 was a Saturday." } } }],
      none: null,
      count: 3,
    };
    expect(reviveDates(JSON.parse(JSON.stringify(original)))).toEqual(original);
  });
});
