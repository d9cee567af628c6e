import { describe, expect, it } from "vitest";
import { dateQueryOf, resolveAsOf } from "./as-of";

const now = new Date("2026-03-10T12:00:00Z");

describe("resolveAsOf", () => {
  it("uses today without a date", () => {
    expect(resolveAsOf(undefined, now)).toEqual({ asOf: "2026-03-10", isToday: true });
  });

  it("keeps a past date", () => {
    expect(resolveAsOf("2025-12-31", now)).toEqual({ asOf: "2025-12-31", isToday: false });
    expect(resolveAsOf(["2025-01-02", "x"], now).asOf).toBe("2025-01-02");
  });

  it("falls back to today for garbled and future dates", () => {
    expect(resolveAsOf("yesterday", now).isToday).toBe(true);
    expect(resolveAsOf("2027-01-01", now)).toEqual({ asOf: "2026-03-10", isToday: true });
  });

  it("builds the query that carries the date", () => {
    expect(dateQueryOf("2025-12-31", false)).toBe("?date=2025-12-31");
    expect(dateQueryOf("2026-03-10", true)).toBe("");
  });
});
