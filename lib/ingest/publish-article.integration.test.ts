import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetContent } from "@/lib/test/reset-content";
import { uniqueToken } from "@/lib/test/factories";
import { publishArticle, type PublishArticleInput } from "./publish-article";

beforeEach(resetContent);

function articleInput(body: string, overrides: Partial<PublishArticleInput> = {}): PublishArticleInput {
  const sentence = "Spain will send two frigates to the Black Sea.";
  const start = body.indexOf(sentence);
  return {
    title: "Madrid offers ships",
    outlet: "Test outlet",
    url: null,
    publishedOn: new Date("2026-02-01T00:00:00Z"),
    body,
    actorId: null,
    positions: [
      {
        country: "ES",
        commitment: "maritime",
        stance: "committed",
        condition: null,
        speaker: null,
        start,
        end: start + sentence.length,
        statedOn: new Date("2026-02-01T00:00:00Z"),
        confidence: 0.9,
        cues: ["will send", "frigates"],
        reviewState: "accepted",
        proposalEdited: false,
      },
    ],
    ...overrides,
  };
}

describe("publishArticle", () => {
  it("writes the article, its statement and commitment, and an audit event", async () => {
    const body = `Spain will send two frigates to the Black Sea. Ref ${uniqueToken()}.`;
    const result = await publishArticle(getDb(), articleInput(body));
    expect(result.status).toBe("created");
    const statements = await getDb().statement.findMany({
      where: { articleId: result.articleId },
      include: { commitments: true },
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]?.sentence).toBe("Spain will send two frigates to the Black Sea.");
    expect(statements[0]?.commitments[0]?.cues).toBe('["will send","frigates"]');
    expect(await getDb().auditEvent.count({ where: { entityId: result.articleId } })).toBe(1);
  });

  it("recognises the same text pasted again with other whitespace and quotes", async () => {
    const token = uniqueToken();
    const first = await publishArticle(
      getDb(),
      articleInput(`Spain will send two frigates to the Black Sea. \u201CRef\u201D ${token}.`),
    );
    const second = await publishArticle(
      getDb(),
      articleInput(`Spain will send two frigates to the Black Sea.\n\n"Ref"  ${token}.`),
    );
    expect(second).toEqual({ status: "duplicate", articleId: first.articleId });
    expect(await getDb().article.count()).toBe(1);
  });

  it("ends with one article when the same text is published concurrently", async () => {
    const body = `Spain will send two frigates to the Black Sea. Ref ${uniqueToken()}.`;
    const results = await Promise.all(Array.from({ length: 5 }, () => publishArticle(getDb(), articleInput(body))));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(new Set(results.map((r) => r.articleId)).size).toBe(1);
    expect(await getDb().article.count()).toBe(1);
    expect(await getDb().commitment.count()).toBe(1);
  });

  it("leaves nothing behind when a write fails half-way", async () => {
    const body = `Spain will send two frigates to the Black Sea. Ref ${uniqueToken()}.`;
    const input = articleInput(body);
    const broken = {
      ...input,
      positions: [...input.positions, { ...input.positions[0]!, country: "XX-NOT-A-COUNTRY" }],
    };
    await expect(publishArticle(getDb(), broken)).rejects.toThrow();
    expect(await getDb().article.count()).toBe(0);
    expect(await getDb().statement.count()).toBe(0);
    expect(await getDb().commitment.count()).toBe(0);
  });

  it("refuses evidence offsets outside the body before writing anything", async () => {
    const input = articleInput(`Spain will send two frigates to the Black Sea. Ref ${uniqueToken()}.`);
    const outside = { ...input, positions: [{ ...input.positions[0]!, end: 10_000 }] };
    await expect(publishArticle(getDb(), outside)).rejects.toThrow(RangeError);
    expect(await getDb().article.count()).toBe(0);
  });
});
