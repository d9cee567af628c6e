import { describe, expect, it } from "vitest";
import { largeSeedBatches, SEED_BATCH_ARTICLES } from "./large-seed-data";

const all = (articles: number, statementsPerArticle = 10) => {
  const batches = [...largeSeedBatches({ articles, statementsPerArticle })];
  return {
    batches,
    articles: batches.flatMap((batch) => batch.articles),
    statements: batches.flatMap((batch) => batch.statements),
    commitments: batches.flatMap((batch) => batch.commitments),
  };
};

describe("largeSeedBatches", () => {
  it("gives the same rows on every call (each call has a generator of its own)", () => {
    const first = all(1_200, 3);
    const second = all(1_200, 3);
    expect(second).toEqual(first);
    // A different size draws other days from the same sequence: not a prefix of the larger one.
    expect(all(40, 3).articles[0]!.publishedOn).not.toEqual(first.articles[0]!.publishedOn);
  });

  it("writes the asked number of rows, in batches of SEED_BATCH_ARTICLES articles, each statement with one commitment", () => {
    const { batches, articles, statements, commitments } = all(1_200, 3);
    expect(batches.map((batch) => batch.articles.length)).toEqual([SEED_BATCH_ARTICLES, SEED_BATCH_ARTICLES, 200]);
    expect(articles).toHaveLength(1_200);
    expect(statements).toHaveLength(3_600);
    expect(commitments.map((commitment) => commitment.statementId)).toEqual(
      statements.map((statement) => statement.id),
    );
    expect(new Set(articles.map((article) => article.fingerprint)).size).toBe(1_200);
  });

  it("places each statement at its sentence in the article body, stated the day the article was published and recorded then", () => {
    const { articles, statements, commitments } = all(60, 4);
    const byId = new Map(articles.map((article) => [article.id, article]));
    for (const statement of statements) {
      const article = byId.get(statement.articleId)!;
      expect(article.body.slice(statement.startOffset, statement.endOffset)).toBe(statement.sentence);
      expect(statement.statedOn).toEqual(article.publishedOn);
    }
    for (const article of articles) expect(article.createdAt).toEqual(article.publishedOn);
    for (const commitment of commitments) {
      expect(commitment.createdAt.getTime() - commitment.statedOn.getTime()).toBeGreaterThanOrEqual(0);
      expect(commitment.createdAt.getTime() - commitment.statedOn.getTime()).toBeLessThan(4);
      expect(commitment.updatedAt).toEqual(commitment.createdAt);
      expect(commitment.condition !== null).toBe(commitment.stance === "conditional");
    }
  });

  it("skews like news: the prominent countries get most statements, later days more articles", () => {
    const { articles, statements } = all(2_000);
    const counts = new Map<string, number>();
    for (const statement of statements) counts.set(statement.countryCode, (counts.get(statement.countryCode) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 3)).toContain("US");
    expect(counts.get("US")!).toBeGreaterThan(statements.length / 20);
    const days = articles.map((article) => article.publishedOn.getTime());
    const middle = (Math.min(...days) + Math.max(...days)) / 2;
    expect(days.filter((day) => day > middle).length).toBeGreaterThan(days.length * 0.6);
  });
});
