import { describe, expect, it } from "vitest";
import type { Matrix, MatrixCell } from "@/lib/queries/get-matrix-at";
import { citeView, describeDifference, diffMatrices } from "./citation";

function cell(commitmentId: string, stance: MatrixCell["stance"]): MatrixCell {
  return {
    commitmentId,
    statementId: "s",
    articleId: "a",
    stance,
    condition: null,
    contested: false,
    statedOn: new Date("2026-01-01T00:00:00Z"),
    sentence: "",
    speaker: null,
    articleTitle: "",
    outlet: "",
    url: null,
  };
}

const matrix = (rows: Matrix["rows"]): Matrix => ({ asOf: "2026-01-15", types: ["troops", "air"], rows });

describe("citing a view", () => {
  it("gives a permalink that pins the recorded instant, and the dates", () => {
    const citation = citeView({
      title: "France: security guarantees for Ukraine, as of 2026-01-15",
      path: "/countries/fr?at=2026-01-15",
      asOf: "2026-01-15",
      recordedAt: new Date("2026-01-20T09:30:00.125Z"),
      accessed: new Date("2026-02-01T12:00:00Z"),
    });
    expect(citation.permalink).toMatch(/\/countries\/fr\?at=2026-01-15&v=2026-01-20T09:30:00\.125Z$/);
    expect(citation.text).toContain("Data as of 2026-01-15, as recorded at 2026-01-20T09:30:00.125Z.");
    expect(citation.text).toContain("(accessed 2026-02-01)");
    expect(citation.text).toContain(citation.permalink);
  });

  it("lists the cells that differ between the cited and the current view", () => {
    const then = matrix([{ code: "FR", name: "France", region: "Europe", cells: { troops: cell("c1", "committed") } }]);
    const now = matrix([
      { code: "FR", name: "France", region: "Europe", cells: { troops: cell("c1", "considering") } },
      { code: "BE", name: "Belgium", region: "Europe", cells: { air: cell("c2", "supports") } },
    ]);
    expect(diffMatrices(then, then)).toEqual([]);
    expect(diffMatrices(then, now).map(describeDifference)).toEqual([
      "Belgium, Air policing / air defence: no position then, supports now",
      "France, Troops on the ground: committed then, considering now",
    ]);
  });
});
