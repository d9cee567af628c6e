import { describe, expect, it } from "vitest";
import { CELL_CHANGED, CELL_CONTESTED, changedCellKey, packMatrixGrid } from "./matrix-grid-data";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("packMatrixGrid", () => {
  const rows = [
    {
      code: "DK",
      name: "Denmark",
      cells: {
        troops: { stance: "committed" as const, statedOn: day("2026-03-04"), contested: false },
        air: { stance: "opposes" as const, statedOn: day("2025-11-30"), contested: true },
      },
    },
    {
      code: "PT",
      name: "Portugal",
      cells: { air: { stance: "supports" as const, statedOn: day("2026-01-02"), contested: false } },
    },
  ];

  it("keeps the rows' order and gives each shown type its cell, or 0, in the types' order", () => {
    const packed = packMatrixGrid(rows, ["air", "troops", "funding"], new Set());
    expect(packed.rows).toEqual([
      ["DK", "Denmark", [["opposes", "30 Nov 2025", CELL_CONTESTED], ["committed", "4 Mar 2026", 0], 0]],
      ["PT", "Portugal", [["supports", "2 Jan 2026", 0], 0, 0]],
    ]);
    expect(packed.types).toEqual(["air", "troops", "funding"]);
  });

  it("marks the changed cells, alongside the contested mark", () => {
    const packed = packMatrixGrid(
      rows,
      ["air", "troops"],
      new Set([changedCellKey("DK", "air"), changedCellKey("PT", "troops")]),
    );
    expect(packed.rows[0]![2][0]).toEqual(["opposes", "30 Nov 2025", CELL_CONTESTED | CELL_CHANGED]);
    // A change key without a cell marks nothing.
    expect(packed.rows[1]![2][1]).toBe(0);
  });

  it("counts each type's stances over the rows", () => {
    const packed = packMatrixGrid(rows, ["air", "troops"], new Set());
    expect(packed.counts.air).toEqual({ opposes: 1, supports: 1 });
    expect(packed.counts.troops).toEqual({ committed: 1 });
  });
});
