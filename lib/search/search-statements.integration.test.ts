import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createDb, dialectOf, resolveDatabaseUrl } from "@/lib/db/dialect";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { ensureSearchIndex, searchStatements } from "./search-statements";

beforeEach(resetContent);

describe("searchStatements", () => {
  it("finds statements by their words, a word prefix, the speaker or the article title, with the matches marked", async () => {
    await createPublishedArticle({
      published: "2026-01-07",
      title: "Rome draws a line on deployments",
      positions: [
        {
          country: "IT",
          commitment: "troops",
          stance: "ruled_out",
          sentence: "Italy will not send soldiers to Ukraine, Giorgia Meloni said.",
          speaker: "Giorgia Meloni",
        },
      ],
    });
    await createPublishedArticle({
      published: "2026-01-08",
      positions: [{ country: "FR", commitment: "air", stance: "committed", sentence: "France will patrol the skies." }],
    });

    const bySentence = await searchStatements("soldiers ukraine");
    expect(bySentence.map((hit) => hit.countryCode)).toEqual(["IT"]);
    expect(bySentence[0]?.sentence).toContain("\u0002soldiers\u0003");

    expect((await searchStatements("patr")).map((hit) => hit.countryCode)).toEqual(["FR"]);
    expect((await searchStatements("Meloni")).map((hit) => hit.countryCode)).toEqual(["IT"]);
    const byTitle = await searchStatements("deployments");
    expect(byTitle.map((hit) => hit.countryCode)).toEqual(["IT"]);
    expect(byTitle[0]?.title).toContain("\u0002deployments\u0003");
  });

  it("treats operators and quotes as plain words and finds nothing for nothing", async () => {
    await createPublishedArticle({
      published: "2026-01-08",
      positions: [
        { country: "DE", commitment: "funding", stance: "committed", sentence: "Germany will pay for air defence." },
      ],
    });
    expect(await searchStatements('"air" -defence*')).toHaveLength(1);
    expect(await searchStatements("   ")).toEqual([]);
    expect(await searchStatements("tanks")).toEqual([]);
  });

  it("leaves out statements of retracted articles", async () => {
    const article = await createPublishedArticle({
      published: "2026-01-09",
      positions: [{ country: "PL", commitment: "arms", stance: "committed", sentence: "Poland will send howitzers." }],
    });
    expect(await searchStatements("howitzers")).toHaveLength(1);
    await getDb().article.update({ where: { id: article.articleId }, data: { retractedAt: new Date() } });
    expect(await searchStatements("howitzers")).toEqual([]);
  });

  it("ranks the statements that say the word more often first", async () => {
    for (const [published, country, sentence] of [
      ["2026-02-01", "NL", "The Netherlands will train pilots."],
      ["2026-02-03", "BE", "Belgium will train pilots and train crews."],
      ["2026-02-05", "DK", "Denmark will train pilots."],
    ] as const) {
      await createPublishedArticle({
        published,
        positions: [{ country, commitment: "air", stance: "committed", sentence }],
      });
    }
    expect((await searchStatements("train")).map((hit) => hit.countryCode)).toEqual(["BE", "DK", "NL"]);
  });

  it("finds a statement by its words as they are now, after its sentence or speaker changed", async () => {
    await createPublishedArticle({
      published: "2026-02-10",
      positions: [
        { country: "SE", commitment: "maritime", stance: "committed", sentence: "Sweden will escort convoys." },
      ],
    });
    const statement = await getDb().statement.findFirstOrThrow({ where: { countryCode: "SE" } });
    await getDb().statement.update({
      where: { id: statement.id },
      data: { sentence: "Sweden will escort tankers.", speakerName: "Ulf Kristersson" },
    });
    expect(await searchStatements("convoys")).toEqual([]);
    expect((await searchStatements("tankers")).map((hit) => hit.statementId)).toEqual([statement.id]);
    expect((await searchStatements("Kristersson")).map((hit) => hit.statementId)).toEqual([statement.id]);
  });

  it("finds a statement by its article's title as it is now, after the title changed", async () => {
    const article = await createPublishedArticle({
      published: "2026-02-11",
      title: "Lisbon weighs a frigate",
      positions: [
        { country: "PT", commitment: "maritime", stance: "considering", sentence: "Portugal may lend a ship." },
      ],
    });
    expect(await searchStatements("frigate")).toHaveLength(1);
    await getDb().article.update({ where: { id: article.articleId }, data: { title: "Lisbon offers a corvette" } });
    expect(await searchStatements("frigate")).toEqual([]);
    const hits = await searchStatements("corvette");
    expect(hits.map((hit) => hit.countryCode)).toEqual(["PT"]);
    expect(hits[0]?.title).toContain("\u0002corvette\u0003");
  });

  it("brings titles changed before the index followed them up to date at the next start", async () => {
    const article = await createPublishedArticle({
      published: "2026-02-12",
      title: "Athens studies a minesweeper",
      positions: [
        { country: "GR", commitment: "maritime", stance: "considering", sentence: "Greece may clear mines." },
      ],
    });
    const url = resolveDatabaseUrl();
    // A SQLite index from before the title trigger: the title changes without it.
    if (dialectOf(url) === "sqlite") await getDb().$executeRawUnsafe(`DROP TRIGGER "StatementSearch_title"`);
    await getDb().article.update({ where: { id: article.articleId }, data: { title: "Athens sends a tug" } });
    // What every start runs (lib/setup/setup-database.ts), on a client of its own.
    const db = createDb(url);
    try {
      await ensureSearchIndex(db, url);
    } finally {
      await db.$disconnect();
    }
    expect(await searchStatements("minesweeper")).toEqual([]);
    expect((await searchStatements("tug")).map((hit) => hit.countryCode)).toEqual(["GR"]);
    // The trigger is back: the next change follows at once.
    await getDb().article.update({ where: { id: article.articleId }, data: { title: "Athens sends a barge" } });
    expect((await searchStatements("barge")).map((hit) => hit.countryCode)).toEqual(["GR"]);
  });
});
