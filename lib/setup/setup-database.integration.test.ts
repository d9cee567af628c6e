import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_ARTICLES } from "@/lib/demo/articles";
import { COUNTRIES } from "@/lib/reference/countries";
import { SPEAKERS } from "@/lib/reference/speakers";
import { resetContent } from "@/lib/test/reset-content";
import { setupDatabase } from "./setup-database";

beforeEach(resetContent);

async function countRows() {
  const db = getDb();
  return {
    countries: await db.country.count(),
    memberships: await db.countryMembership.count(),
    speakers: await db.speaker.count(),
    aliases: await db.speakerAlias.count(),
    articles: await db.article.count(),
    statements: await db.statement.count(),
    commitments: await db.commitment.count(),
  };
}

describe("setupDatabase", () => {
  it("loads reference and demo data once; a second run changes nothing", async () => {
    const lines: string[] = [];
    await setupDatabase({ url: process.env.DATABASE_URL!, log: (line) => lines.push(line) });
    const first = await countRows();
    expect(first.countries).toBe(COUNTRIES.length);
    expect(first.speakers).toBe(SPEAKERS.length);
    expect(first.articles).toBe(DEMO_ARTICLES.length);
    expect(first.commitments).toBe(DEMO_ARTICLES.reduce((sum, article) => sum + article.positions.length, 0));
    expect(lines.some((line) => line.startsWith("demo data: loaded"))).toBe(true);

    const again: string[] = [];
    await setupDatabase({ url: process.env.DATABASE_URL!, log: (line) => again.push(line) });
    expect(await countRows()).toEqual(first);
    expect(again.find((line) => line.startsWith("database:"))).toMatch(/up to date/);
    expect(again.find((line) => line.startsWith("reference data:"))).toMatch(/\(0 new\).*\(0 new\)/);
    expect(again.find((line) => line.startsWith("demo data:"))).toMatch(/skipped/);
  });

  it("skips the demo data when asked to", async () => {
    await setupDatabase({ url: process.env.DATABASE_URL!, seedDemo: false });
    expect((await countRows()).articles).toBe(0);
  });

  it("links demo statements to gazetteer speakers", async () => {
    await setupDatabase({ url: process.env.DATABASE_URL! });
    const statement = await getDb().statement.findFirst({
      where: { countryCode: "IT", speakerName: "Giorgia Meloni" },
      select: { speaker: { select: { name: true, countryCode: true } } },
    });
    expect(statement?.speaker).toEqual({ name: "Giorgia Meloni", countryCode: "IT" });
  });
});
