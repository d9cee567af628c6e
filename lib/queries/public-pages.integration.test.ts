// The reads of the public pages that are not views of the position history (a statement's and an
// article's permalinks, the corrections log, the about page, search): what they give, and that on
// SQLite they run in the read worker threads (lib/db/read-sql.ts), never on the serving thread.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { readDialect, sqliteWorkerReads } from "@/lib/db/read-sql";
import { correctCommitment, retractArticle } from "@/lib/ingest/corrections";
import { searchStatements } from "@/lib/search/search-statements";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getAboutFacts } from "./get-about-facts";
import { getArticle } from "./get-article";
import { getCorrectionsLog } from "./get-corrections-log";
import { getCountryStance } from "./get-country-stance";
import { getEarliestRecordDay } from "./get-earliest-record";
import { getLatestChangeInstant } from "./get-latest-change";
import { getStatement } from "./get-statement";

beforeEach(resetContent);

const CONTEXT = "The cabinet met in the capital on Monday morning.";
const PLEDGE = "Lithuania will station an engineering company near the line of contact.";
const SECOND = "Lithuania also offers two patrol vessels.";

async function publishPledge() {
  const article = await createPublishedArticle({
    published: "2026-03-02",
    title: "Vilnius widens its offer",
    extraText: CONTEXT,
    positions: [
      {
        country: "LT",
        commitment: "troops",
        stance: "committed",
        sentence: PLEDGE,
        speaker: "a government spokesperson",
      },
      { country: "LT", commitment: "maritime", stance: "considering", sentence: SECOND },
    ],
  });
  const statements = await getDb().statement.findMany({
    where: { articleId: article.articleId },
    select: { id: true, sentence: true, commitments: { select: { id: true } } },
  });
  const pledge = statements.find((statement) => statement.sentence === PLEDGE)!;
  return { articleId: article.articleId, statementId: pledge.id, commitmentId: pledge.commitments[0]!.id };
}

describe("a statement's permalink (getStatement)", () => {
  it("gives the quote, its speaker, country, article and what it says", async () => {
    const { statementId, articleId } = await publishPledge();
    const statement = await getStatement(statementId);
    expect(statement).toMatchObject({
      id: statementId,
      sentence: PLEDGE,
      contextBefore: null,
      speaker: "a government spokesperson",
      statedOn: new Date("2026-03-02T00:00:00Z"),
      country: { code: "LT", name: "Lithuania" },
      article: { id: articleId, title: "Vilnius widens its offer", outlet: "Test outlet", url: null, retracted: false },
      commitments: [{ type: "troops", stance: "committed", condition: null, retracted: false, isStandingNow: true }],
    });
    expect(await getStatement("no-such-statement")).toBeNull();
  });

  it("stands now only while the tracker shows it standing, and marks a retracted article's", async () => {
    const { statementId, articleId } = await publishPledge();
    await createPublishedArticle({
      published: "2026-04-10",
      positions: [
        { country: "LT", commitment: "troops", stance: "considering", sentence: "Lithuania reviews the deployment." },
      ],
    });
    // The row that stood has a later version with an end date: the statement no longer stands.
    expect((await getStatement(statementId))!.commitments).toMatchObject([{ type: "troops", isStandingNow: false }]);
    await retractArticle({ id: articleId, note: "Wrong outlet" }, (await createTestEditor()).id);
    const retracted = await getStatement(statementId);
    expect(retracted!.article.retracted).toBe(true);
    expect(retracted!.commitments).toMatchObject([{ retracted: true, isStandingNow: false }]);
  });
});

describe("an article's page (getArticle)", () => {
  it("lists its statements in reading order, each with its commitments and their countries' names", async () => {
    const { articleId } = await publishPledge();
    const article = await getArticle(articleId);
    expect(article).toMatchObject({
      id: articleId,
      title: "Vilnius widens its offer",
      retractedAt: null,
      retractedNote: null,
    });
    expect(article!.body).toContain(CONTEXT);
    expect(article!.statements.map((statement) => statement.sentence)).toEqual([PLEDGE, SECOND]);
    const [pledge, second] = article!.statements;
    expect(article!.body.slice(pledge!.start, pledge!.end)).toBe(PLEDGE);
    expect(pledge).toMatchObject({ speaker: "a government spokesperson" });
    expect(second!.commitments).toEqual([
      {
        id: expect.any(String),
        countryCode: "LT",
        countryName: "Lithuania",
        type: "maritime",
        stance: "considering",
        condition: null,
        reviewState: "accepted",
        retractedAt: null,
      },
    ]);
    expect(await getArticle("no-such-article")).toBeNull();
  });
});

describe("the corrections log (getCorrectionsLog)", () => {
  it("names the country, the quote and the article of each correction, newest first", async () => {
    const { articleId, commitmentId } = await publishPledge();
    const editor = await createTestEditor();
    await correctCommitment(
      {
        commitmentId,
        country: "LT",
        commitment: "troops",
        stance: "conditional",
        condition: "with a mandate",
        note: "Misread",
      },
      editor.id,
    );
    await retractArticle({ id: articleId, note: "Duplicate" }, editor.id);
    const [retraction, correction] = await getCorrectionsLog();
    expect(retraction).toMatchObject({
      kind: "article.retract",
      note: "Duplicate",
      article: { id: articleId, title: "Vilnius widens its offer" },
    });
    expect(correction).toMatchObject({
      kind: "commitment.correct",
      commitmentId,
      countryName: "Lithuania",
      sentence: PLEDGE,
      article: { id: articleId, title: "Vilnius widens its offer" },
      before: { countryCode: "LT", type: "troops", stance: "committed" },
      after: { countryCode: "LT", type: "troops", stance: "conditional", condition: "with a mandate" },
    });
    expect(await getCorrectionsLog({ countryCode: "ee" })).toEqual([]);
  });
});

describe("the public pages' reads", () => {
  it("run on SQLite in the read worker threads, each of them", async () => {
    const { statementId, articleId } = await publishPledge();
    const reads: [string, () => Promise<unknown>][] = [
      ["about", getAboutFacts],
      ["corrections", () => getCorrectionsLog()],
      ["search", () => searchStatements("engineering")],
      ["statement", () => getStatement(statementId)],
      ["article", () => getArticle(articleId)],
      ["country", () => getCountryStance("LT", "2026-11-30")],
      ["latest change", getLatestChangeInstant],
      ["earliest record", getEarliestRecordDay],
    ];
    for (const [name, read] of reads) {
      const before = sqliteWorkerReads();
      await read();
      if (readDialect() === "sqlite") expect(sqliteWorkerReads(), name).toBeGreaterThan(before);
      else expect(sqliteWorkerReads(), name).toBe(0);
    }
    expect(await getEarliestRecordDay()).toBe("2026-03-02");
    expect((await searchStatements("engineering")).map((hit) => hit.statementId)).toEqual([statementId]);
  });
});
