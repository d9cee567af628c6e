import { describe, expect, it } from "vitest";
import type { Matrix, MatrixCell } from "@/lib/queries/get-matrix-at";
import { applyMatrixView, matrixViewQuery } from "./matrix-view";

function cell(stance: MatrixCell["stance"]): MatrixCell {
  return {
    commitmentId: stance,
    stance,
    condition: null,
    statedOn: new Date(),
    sentence: "",
    articleTitle: "",
    outlet: "",
  };
}

const matrix: Matrix = {
  asOf: "2026-01-15",
  types: ["troops", "air"],
  rows: [
    { code: "FR", name: "France", cells: { troops: cell("considering"), air: cell("committed") } },
    { code: "JP", name: "Japan", cells: { troops: cell("ruled_out") } },
    { code: "GB", name: "United Kingdom", cells: { troops: cell("committed"), air: cell("conditional") } },
  ],
};

describe("matrix views", () => {
  it("filters by region and by part of the name", () => {
    expect(applyMatrixView(matrix, { region: "europe" }).rows.map((r) => r.code)).toEqual(["FR", "GB"]);
    expect(applyMatrixView(matrix, { q: "KING" }).rows.map((r) => r.code)).toEqual(["GB"]);
  });

  it("sorts by pledges and by a type's strongest stance", () => {
    // United Kingdom pledges two (committed, conditional), France one, Japan none.
    expect(applyMatrixView(matrix, { sort: "commitments" }).rows.map((r) => r.code)).toEqual(["GB", "FR", "JP"]);
    expect(applyMatrixView(matrix, { sort: "troops" }).rows.map((r) => r.code)).toEqual(["GB", "FR", "JP"]);
    expect(applyMatrixView(matrix, { sort: "air" }).rows.map((r) => r.code)).toEqual(["FR", "GB", "JP"]);
  });

  it("writes the query string with only what is set, lists unescaped", () => {
    expect(matrixViewQuery({})).toBe("");
    expect(matrixViewQuery({ date: "2026-01-01", types: ["troops", "air"], bloc: "nato", sort: "name" })).toBe(
      "?at=2026-01-01&types=troops,air&bloc=nato",
    );
  });
});
