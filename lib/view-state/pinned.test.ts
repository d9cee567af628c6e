import { describe, expect, it } from "vitest";
import { parsePinnedInstant, withPin } from "./pinned";

const now = new Date("2026-12-01T10:00:00.000Z");

describe("the pinned instant of a cited view", () => {
  it("reads an ISO instant up to now", () => {
    expect(parsePinnedInstant("2026-11-30T08:15:30.250Z", now)?.toISOString()).toBe("2026-11-30T08:15:30.250Z");
    expect(parsePinnedInstant(["2026-11-30T08:15:30Z"], now)?.toISOString()).toBe("2026-11-30T08:15:30.000Z");
  });

  it("ignores garbled, too old and future values", () => {
    for (const value of [
      "",
      "yesterday",
      "2026-11-30",
      "2026-13-30T08:00:00Z",
      "2019-12-31T23:59:59Z",
      "2026-12-01T10:00:01Z",
      undefined,
    ]) {
      expect(parsePinnedInstant(value, now)).toBeNull();
    }
  });

  it("adds the pin to a path with or without a query", () => {
    const instant = new Date("2026-11-30T08:15:30.250Z");
    expect(withPin("/countries/fr", instant)).toBe("/countries/fr?v=2026-11-30T08:15:30.250Z");
    expect(withPin("/?at=2026-01-01", instant)).toBe("/?at=2026-01-01&v=2026-11-30T08:15:30.250Z");
  });
});
