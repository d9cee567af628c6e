import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/dialect";
import { replayPositionHistory } from "@/lib/positions/replay-history";
import { searchStatements } from "@/lib/search/search-statements";
import { resetContent } from "@/lib/test/reset-content";
import { schemaSnapshot } from "@/lib/test/schema-snapshot";
import { writeLargeSeed } from "./large-seed";
import { largeSeedBatches } from "./large-seed-data";

beforeEach(resetContent);
afterAll(resetContent);

const OPTIONS = { articles: 700, statementsPerArticle: 3 };

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe("writeLargeSeed", () => {
  it("writes exactly the generated rows, derives their position history and fills the search index, leaving the schema as it was", async () => {
    const db = getDb();
    const before = await schemaSnapshot();
    const result = await writeLargeSeed(db, resolveDatabaseUrl(), OPTIONS);
    expect(result).toMatchObject({ articles: 700, statements: 2_100 });

    const expected = [...largeSeedBatches(OPTIONS)];
    const articles = await db.article.findMany({
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        publishedOn: true,
        body: true,
        fingerprint: true,
        createdAt: true,
      },
    });
    expect(byId(articles)).toEqual(byId(expected.flatMap((batch) => batch.articles)));
    const statements = await db.statement.findMany({
      select: {
        id: true,
        articleId: true,
        countryCode: true,
        speakerName: true,
        sentence: true,
        startOffset: true,
        endOffset: true,
        statedOn: true,
      },
    });
    expect(byId(statements)).toEqual(byId(expected.flatMap((batch) => batch.statements)));
    const commitments = await db.commitment.findMany({
      select: {
        id: true,
        statementId: true,
        countryCode: true,
        type: true,
        stance: true,
        condition: true,
        statedOn: true,
        reviewState: true,
        confidence: true,
        createdAt: true,
        updatedAt: true,
        retractedAt: true,
        proposalEdited: true,
        cues: true,
      },
    });
    const expectedCommitments = expected.flatMap((batch) => batch.commitments);
    expect(byId(commitments)).toEqual(
      byId(expectedCommitments.map((row) => ({ ...row, retractedAt: null, proposalEdited: false, cues: "[]" }))),
    );

    // The position history as the replay derives it, every field as written by the bulk insert.
    const replayed = replayPositionHistory(
      expectedCommitments.map(({ statementId: _statement, updatedAt: _updated, ...row }) => ({
        ...row,
        retractedAt: null,
        articleRetractedAt: null,
      })),
      [],
    );
    expect(result.positionIntervals).toBe(replayed.length);
    const positions = await db.positionInterval.findMany({ omit: { id: true } });
    const order = (rows: typeof replayed) =>
      [...rows].sort((a, b) =>
        `${a.countryCode}|${a.type}|${a.validFrom.toISOString()}|${a.recordedFrom.toISOString()}`.localeCompare(
          `${b.countryCode}|${b.type}|${b.validFrom.toISOString()}|${b.recordedFrom.toISOString()}`,
        ),
      );
    expect(order(positions)).toEqual(order(replayed));
    expect(positions.some((row) => row.recordedUntil !== null)).toBe(true);
    expect(positions.some((row) => row.contested)).toBe(true);

    const hits = await searchStatements("Synthetic report 123");
    expect(hits.map((hit) => hit.articleId)).toContain("seed-a-123");

    // The indexes and foreign keys dropped for the load are back, as they were.
    expect(await schemaSnapshot()).toEqual(before);
  });

  it("refuses a database that already has articles", async () => {
    const db = getDb();
    await writeLargeSeed(db, resolveDatabaseUrl(), { articles: 2, statementsPerArticle: 1 });
    await expect(writeLargeSeed(db, resolveDatabaseUrl(), OPTIONS)).rejects.toThrow(/already has articles/);
    expect(await db.article.count()).toBe(2);
  });
});
