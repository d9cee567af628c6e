import { describe, expect, it } from "vitest";
import { endOfIsoDay, formatDay, parseIsoDay, toIsoDay } from "./iso-day";

describe("calendar days", () => {
  it("parses a valid day and refuses garbled ones", () => {
    expect(parseIsoDay("2026-01-07")?.toISOString()).toBe("2026-01-07T00:00:00.000Z");
    expect(parseIsoDay("2026-02-30")).toBeNull();
    expect(parseIsoDay("07/01/2026")).toBeNull();
    expect(parseIsoDay(undefined)).toBeNull();
  });

  it("round-trips and ends the day at its last millisecond", () => {
    expect(toIsoDay(new Date("2026-01-07T22:00:00Z"))).toBe("2026-01-07");
    expect(endOfIsoDay("2026-01-07").toISOString()).toBe("2026-01-07T23:59:59.999Z");
    expect(formatDay(new Date("2026-01-07T00:00:00Z"))).toBe("7 Jan 2026");
  });
});
