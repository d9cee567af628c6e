import { describe, expect, it } from "vitest";
import { countStancesPerType, sortMatrixRows } from "./matrix-summary";

const rows = [
  { name: "Italy", cells: { troops: { stance: "ruled_out" as const }, arms: { stance: "supports" as const } } },
  { name: "France", cells: { troops: { stance: "conditional" as const }, air: { stance: "committed" as const } } },
  { name: "Belgium", cells: { arms: { stance: "committed" as const } } },
];

describe("sortMatrixRows", () => {
  it("sorts by name", () => {
    expect(sortMatrixRows(rows, "name").map((row) => row.name)).toEqual(["Belgium", "France", "Italy"]);
  });

  it("sorts by the number of committed or conditional cells, then by name", () => {
    expect(sortMatrixRows(rows, "commitments").map((row) => row.name)).toEqual(["France", "Belgium", "Italy"]);
  });

  it("sorts by one column's stance, countries without a position on it last", () => {
    expect(sortMatrixRows(rows, "troops").map((row) => row.name)).toEqual(["France", "Italy", "Belgium"]);
  });
});

describe("countStancesPerType", () => {
  it("counts each stance per column", () => {
    expect(countStancesPerType(rows, ["troops", "arms", "funding"])).toEqual({
      troops: { ruled_out: 1, conditional: 1 },
      arms: { supports: 1, committed: 1 },
      funding: {},
    });
  });
});
