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

  it("leaves strings of an instant's length and shape that are not one, and does not change what it reads", () => {
    const cached = { a: "2026-01-07T00:00:00.000X", b: "2026-01-07 00:00:00.000Z", c: "abcdefghijTxxxxxxxxxxxxx", d: ["x"] };
    const copy = JSON.parse(JSON.stringify(cached));
    expect(reviveDates(copy)).toEqual(cached);
    expect(reviveDates(copy)).not.toBe(copy);
    expect(copy).toEqual(cached);
  });
});
