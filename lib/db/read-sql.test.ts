import { describe, expect, it } from "vitest";
import { dateOf, isoDayOf, isoInstantOf } from "./read-sql";

describe("isoDayOf and isoInstantOf", () => {
  // What each engine gives for a timestamp column (SQLite: Prisma's text; PostgreSQL: UTC text),
  // and the forms that go the long way (a Date, epoch milliseconds, another zone).
  const values: unknown[] = [
    "2026-03-01T00:00:00.000+00:00",
    "2026-03-01T23:59:59.999+00:00",
    "2026-03-01 00:00:00",
    "2026-03-01 12:30:00.1",
    "2026-03-01 12:30:00.12",
    "2026-03-01 12:30:00.123",
    "2026-12-31T23:30:00.000Z",
    "2026-12-31T23:30:00.000-02:00",
    new Date(Date.UTC(2025, 0, 31, 22, 5, 1, 7)),
    Date.UTC(2024, 1, 29, 1, 2, 3, 4),
  ];

  it("agree with dateOf for every form the engines give", () => {
    for (const value of values) {
      expect(isoInstantOf(value)).toBe(dateOf(value).toISOString());
      expect(isoDayOf(value)).toBe(dateOf(value).toISOString().slice(0, 10));
    }
    expect(isoDayOf("2026-12-31T23:30:00.000-02:00")).toBe("2027-01-01");
    expect(isoInstantOf("2026-03-01 12:30:00.1")).toBe("2026-03-01T12:30:00.100Z");
  });

  it("give null for a missing value", () => {
    expect(isoDayOf(null)).toBeNull();
    expect(isoInstantOf(undefined)).toBeNull();
  });
});
