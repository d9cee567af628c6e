import { describe, expect, it } from "vitest";
import type { Matrix, MatrixCell } from "@/lib/queries/get-matrix-at";
import { matrixFiltersOfView, matrixViewQuery, sortMatrixRows } from "./matrix-view";

function cell(stance: MatrixCell["stance"]): MatrixCell {
  return {
    commitmentId: stance,
    statementId: stance,
    articleId: "a",
    stance,
    condition: null,
    contested: false,
    statedOn: new Date(),
    sentence: "",
    speaker: null,
    articleTitle: "",
    outlet: "",
    url: null,
  };
}

const matrix: Matrix = {
  asOf: "2026-01-15",
  types: ["troops", "air"],
  rows: [
    { code: "FR", name: "France", region: "Europe", cells: { troops: cell("considering"), air: cell("committed") } },
    { code: "JP", name: "Japan", region: "Asia", cells: { troops: cell("ruled_out") } },
    {
      code: "GB",
      name: "United Kingdom",
      region: "Europe",
      cells: { troops: cell("committed"), air: cell("conditional") },
    },
  ],
};

describe("matrix views", () => {
  it("passes the filters to the read model, blocs in its spelling", () => {
    expect(matrixFiltersOfView({ bloc: "cow", region: "Europe", q: "fra", types: ["air"] })).toEqual({
      types: ["air"],
      stances: undefined,
      bloc: "CoW",
      region: "Europe",
      q: "fra",
    });
  });

  it("sorts by the page's rule: engagement, or a type's strongest stance", () => {
    expect(sortMatrixRows(matrix, { sort: "commitments" }).rows.map((r) => r.code)).toEqual(["GB", "FR", "JP"]);
    expect(sortMatrixRows(matrix, { sort: "troops" }).rows.map((r) => r.code)).toEqual(["GB", "FR", "JP"]);
  });

  it("writes the query string with only what is set, lists unescaped", () => {
    expect(matrixViewQuery({})).toBe("");
    expect(matrixViewQuery({ date: "2026-01-01", types: ["troops", "air"], bloc: "nato", sort: "name" })).toBe(
      "?at=2026-01-01&types=troops,air&bloc=nato",
    );
  });
});
