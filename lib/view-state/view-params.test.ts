import { describe, expect, it } from "vitest";
import {
  dayQueryOf,
  loadCountryParams,
  loadMatrixParams,
  matrixQueryOf,
  resolveDayView,
  resolveMatrixView,
  resolveViewDay,
} from "./view-params";

const now = new Date("2026-11-24T12:00:00Z");

describe("the matrix URL contract", () => {
  it("reads every parameter of a shared view", () => {
    const view = resolveMatrixView(
      loadMatrixParams(
        "?at=2025-06-01&since=2025-01-01&types=air,troops&stances=committed&bloc=nato&region=europe&q=fra&sort=troops",
      ),
      now,
    );
    expect(view).toEqual({
      asOf: "2025-06-01",
      isToday: false,
      since: "2025-01-01",
      types: ["troops", "air"],
      stances: ["committed"],
      bloc: "NATO",
      region: "Europe",
      q: "fra",
      sort: "troops",
      pinnedAt: null,
    });
  });

  it("reads the pin `v` of a cited view, and ignores a garbled or future one", () => {
    const pinned = resolveMatrixView(loadMatrixParams("?at=2025-06-01&v=2025-06-02T10:00:00.000Z"), now);
    expect(pinned.pinnedAt?.toISOString()).toBe("2025-06-02T10:00:00.000Z");
    expect(matrixQueryOf(pinned)).toBe("?at=2025-06-01");
    for (const v of ["2025-06-02", "yesterday", "2999-01-01T00:00:00Z"]) {
      expect(resolveMatrixView(loadMatrixParams(`?v=${v}`), now).pinnedAt).toBeNull();
    }
    expect(resolveDayView(loadCountryParams("?date=2025-06-01&v=2025-06-02T10:00:00Z"), now)).toEqual({
      asOf: "2025-06-01",
      isToday: false,
      pinnedAt: new Date("2025-06-02T10:00:00Z"),
    });
  });

  it("falls back to the defaults for garbled or unknown values", () => {
    const view = resolveMatrixView(
      loadMatrixParams("?at=2025-02-30&since=yesterday&types=tanks,air&stances=maybe&bloc=brics&region=mars&sort=size"),
      now,
    );
    expect(view).toMatchObject({
      asOf: "2026-11-24",
      isToday: true,
      since: null,
      types: ["air"],
      stances: [],
      bloc: null,
      region: null,
      sort: "name",
    });
  });

  it("still reads `date` from old links, and treats a future day as today", () => {
    expect(resolveViewDay({ at: null, date: "2025-06-01" }, now)).toEqual({ asOf: "2025-06-01", isToday: false });
    expect(resolveViewDay({ at: "2030-01-01", date: null }, now)).toEqual({ asOf: "2026-11-24", isToday: true });
  });

  it("ignores a `since` that is not before the day shown", () => {
    expect(resolveMatrixView(loadMatrixParams("?at=2025-06-01&since=2025-07-01"), now).since).toBeNull();
    expect(resolveMatrixView(loadMatrixParams("?at=2025-06-01&since=2025-05-01"), now).since).toBe("2025-05-01");
  });

  it("writes the canonical query: defaults left out, `date` as `at`, lists in domain order", () => {
    const view = resolveMatrixView(loadMatrixParams("?date=2025-06-01&types=air,troops&sort=name"), now);
    expect(matrixQueryOf(view)).toBe("?at=2025-06-01&types=troops,air");
    expect(matrixQueryOf(view, { bloc: "EU", sort: "commitments" })).toBe(
      "?at=2025-06-01&types=troops,air&bloc=eu&sort=commitments",
    );
    const today = resolveMatrixView(loadMatrixParams(""), now);
    expect(matrixQueryOf(today)).toBe("");
    expect(dayQueryOf("2025-06-01", false)).toBe("?at=2025-06-01");
    expect(dayQueryOf("2026-11-24", true)).toBe("");
  });
});
