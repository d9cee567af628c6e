import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { parseCsv } from "./csv";
import { dataPackageZipStream } from "./data-package";

beforeEach(resetContent);

async function build(pageSize: number, now: Date): Promise<Record<string, string>> {
  const zip = new Uint8Array(await new Response(dataPackageZipStream({ now, pageSize })).arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const rowsOf = (csv: string) => parseCsv(csv).slice(1);

describe("the data package's keyset pages", () => {
  it("give every row exactly once whatever the page size, and the same files", async () => {
    // Several statements per article, two countries with several days on the same types (the
    // positions' key then differs only in its day across a page boundary), a proposed
    // commitment that is left out, and a named speaker.
    const days = ["2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16", "2026-03-02"];
    for (const [index, published] of days.entries()) {
      await createPublishedArticle({
        published,
        positions: [
          {
            country: "FR",
            commitment: "troops",
            stance: index % 2 ? "considering" : "committed",
            sentence: `Paris weighs a deployment, round ${index}.`,
          },
          {
            country: "FR",
            commitment: "air",
            stance: "supports",
            sentence: `Paris backs air policing, round ${index}.`,
            speaker: index === 0 ? "Emmanuel Macron" : null,
          },
          {
            country: "PL",
            commitment: "troops",
            stance: index < 3 ? "supports" : "opposes",
            sentence: `Warsaw answers on troops, round ${index}.`,
          },
          {
            country: "NO",
            commitment: "funding",
            stance: "considering",
            sentence: `Oslo studies a fund, round ${index}.`,
            reviewState: "proposed",
          },
        ],
      });
    }
    const now = new Date("2026-03-10T12:00:00.000Z");
    const whole = await build(2000, now);

    const db = getDb();
    const expected = {
      articles: days.length,
      statements: await db.statement.count({ where: { commitments: { some: { reviewState: "accepted" } } } }),
      commitments: await db.commitment.count({ where: { reviewState: "accepted" } }),
      positions: await db.positionInterval.count({ where: { recordedUntil: null } }),
    };
    expect(expected).toEqual({ articles: 5, statements: 15, commitments: 15, positions: expect.any(Number) });
    expect(expected.positions).toBeGreaterThan(6);

    for (const pageSize of [1, 2, 3, 7]) {
      const paged = await build(pageSize, now);
      expect(Object.keys(paged).sort()).toEqual(Object.keys(whole).sort());
      for (const name of Object.keys(whole)) expect(paged[name], `${name} in pages of ${pageSize}`).toBe(whole[name]);
    }

    for (const [table, count] of Object.entries(expected)) {
      const rows = rowsOf(whole[`${table}.csv`]!);
      expect(rows, table).toHaveLength(count);
      // The primary key: one column, or (country, type, first day) for the positions.
      const keys = rows.map((row) => (table === "positions" ? row.slice(0, 2).concat(row[5]!).join(" ") : row[0]));
      expect(new Set(keys).size, table).toBe(count);
      expect(keys, table).toEqual([...keys].sort());
    }
    const statements = rowsOf(whole["statements.csv"]!);
    expect(statements.map((row) => row[3]).filter(Boolean)).toEqual(["Emmanuel Macron"]);
    expect(statements.some((row) => row[4]!.startsWith("Oslo"))).toBe(false);
  });
});
