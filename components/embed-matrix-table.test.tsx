import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { embedEvidence, packEmbedMatrix } from "@/lib/sharing/embed-matrix-data";
import { EmbedMatrixTable } from "./embed-matrix-table";

const statedOn = new Date("2026-03-04T00:00:00Z");
const rows = [
  {
    code: "NO",
    name: "Norway",
    cells: {
      air: {
        stance: "committed" as const,
        sentence: "Oslo says its jets will patrol.",
        outlet: "Fjord Post",
        statedOn,
      },
    },
  },
  {
    code: "IS",
    name: "Iceland",
    cells: {
      troops: { stance: "ruled_out" as const, sentence: 'Reykjavik: "no soldiers".', outlet: "Nordic Wire", statedOn },
    },
  },
];

describe("the matrix embed's table", () => {
  const data = packEmbedMatrix(rows, ["troops", "air"]);

  it("packs per row each shown type's stance and evidence line, in the types' order", () => {
    expect(data.rows).toEqual([
      ["NO", "Norway", [0, ["committed", "“Oslo says its jets will patrol.” (Fjord Post, 4 Mar 2026)"]]],
      ["IS", "Iceland", [["ruled_out", "“Reykjavik: ‘no soldiers’.” (Nordic Wire, 4 Mar 2026)"], 0]],
    ]);
  });

  it("renders no quote into its HTML: each quote travels once, in the packed props", () => {
    const html = renderToStaticMarkup(
      <EmbedMatrixTable data={data} asOf="2026-03-05" siteUrl="https://tracker.example/" dayQuery="?at=2026-03-05" />,
    );
    for (const row of rows)
      for (const cell of Object.values(row.cells)) {
        expect(html).not.toContain(cell.sentence.slice(0, 12));
        expect(JSON.stringify(data).split(JSON.stringify(embedEvidence(cell)).slice(1, -1)).length - 1).toBe(1);
      }
    expect(html).toContain('data-country="NO"');
    expect(html).toContain('data-type="air"><span><span class="stance-chip " data-stance="committed">');
    expect(html).toContain('href="https://tracker.example/countries/is?at=2026-03-05"');
    expect(html).toContain("no position on Troops");
    expect(html).toContain("as of 2026-03-05");
  });
});
