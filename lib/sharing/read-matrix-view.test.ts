import { describe, expect, it } from "vitest";
import { readMatrixView } from "./read-matrix-view";

describe("reading a view from a page's URL", () => {
  it("keeps the valid parameters and drops the garbled ones", () => {
    expect(
      readMatrixView({ at: "2026-01-15", types: "troops,tanks", bloc: ["nato", "eu"], sort: "air", x: "1" }),
    ).toEqual({
      at: "2026-01-15",
      bloc: "nato",
      sort: "air",
    });
    expect(readMatrixView({ date: "2026-02-30", stances: "committed" })).toEqual({ stances: ["committed"] });
  });
});
