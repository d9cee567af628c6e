import { describe, expect, it } from "vitest";
import { releaseChanges, summariseRelease } from "./release-contents";

const HEADER = "country_code,type,stance,condition,commitment_id,valid_from,valid_until,contested";

function packageFiles(positions: string[], statements = 1) {
  return {
    "countries.csv": "code,name\r\nFR,France\r\nDE,Germany\r\n",
    "articles.csv": "id\r\na1\r\n",
    "statements.csv": ["id", ...Array.from({ length: statements }, (_, i) => `s${i}`)].join("\r\n") + "\r\n",
    "commitments.csv": "id\r\nc1\r\nc2\r\n",
    "positions.csv": [HEADER, ...positions].join("\r\n") + "\r\n",
  };
}

describe("release contents", () => {
  it("counts each table's rows and keeps the intervals still open as the standing positions", () => {
    const contents = summariseRelease(
      packageFiles([
        "FR,troops,considering,,c1,2026-01-01,2026-02-01,false",
        "FR,troops,committed,,c2,2026-02-01,,false",
        "DE,air,supports,,c3,2026-01-05,,true",
      ]),
    );
    expect(contents.rows).toEqual({ countries: 2, articles: 1, statements: 1, commitments: 2, positions: 3 });
    expect(contents.standing).toEqual({ "FR/troops": "committed", "DE/air": "supports" });
  });

  it("lists every standing position that is new, changed or gone since the previous release", () => {
    const previous = summariseRelease(
      packageFiles(["FR,troops,considering,,c1,2026-01-01,,false", "DE,air,supports,,c3,2026-01-05,,false"]),
    );
    const current = summariseRelease(
      packageFiles(
        [
          "FR,troops,considering,,c1,2026-01-01,2026-02-01,false",
          "FR,troops,committed,,c2,2026-02-01,,false",
          "PL,arms,committed,,c4,2026-02-03,,false",
        ],
        4,
      ),
    );
    expect(releaseChanges(previous, current)).toEqual({
      rows: { countries: 0, articles: 0, statements: 3, commitments: 0, positions: 1 },
      positions: [
        { country: "DE", type: "air", before: "supports", after: null },
        { country: "FR", type: "troops", before: "considering", after: "committed" },
        { country: "PL", type: "arms", before: null, after: "committed" },
      ],
    });
    expect(releaseChanges(current, current).positions).toEqual([]);
  });

  it("counts everything as new in the first release", () => {
    const first = summariseRelease(packageFiles(["FR,troops,committed,,c2,2026-02-01,,false"]));
    expect(releaseChanges(null, first)).toEqual({
      rows: first.rows,
      positions: [{ country: "FR", type: "troops", before: null, after: "committed" }],
    });
  });

  it("refuses a package without one of its tables", () => {
    const { ["statements.csv"]: _missing, ...files } = packageFiles([]);
    expect(() => summariseRelease(files)).toThrow("statements.csv is missing");
  });
});
