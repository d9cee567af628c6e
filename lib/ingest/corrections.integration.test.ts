import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { correctCommitment, retractArticle, retractCommitment } from "./corrections";

beforeEach(resetContent);

async function publishedItaly() {
  const published = await createPublishedArticle({
    published: "2026-01-07",
    positions: [
      { country: "IT", commitment: "troops", stance: "committed", sentence: "Italy will send troops." },
      { country: "IT", commitment: "monitoring", stance: "supports", sentence: "Italy backs monitoring." },
    ],
  });
  const commitments = await getDb().commitment.findMany({
    where: { statement: { articleId: published.articleId } },
    orderBy: { type: "asc" },
  });
  return { articleId: published.articleId, monitoring: commitments[0]!, troops: commitments[1]! };
}

describe("corrections", () => {
  it("corrects a commitment in place and audits who, when, before, after and why", async () => {
    const editor = await createTestEditor();
    const { troops } = await publishedItaly();
    await correctCommitment(
      {
        commitmentId: troops.id,
        country: "IT",
        commitment: "troops",
        stance: "ruled_out",
        condition: null,
        note: "Misread the negation",
      },
      editor.id,
    );
    expect((await getMatrixAt("2026-11-24")).rows[0]?.cells.troops?.stance).toBe("ruled_out");
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: troops.id } });
    expect(audit).toMatchObject({ actorId: editor.id, action: "commitment.correct", note: "Misread the negation" });
    expect(JSON.parse(audit.before!)).toMatchObject({ stance: "committed" });
    expect(JSON.parse(audit.after!)).toMatchObject({ stance: "ruled_out" });
  });

  it("retracts a commitment without deleting it", async () => {
    const editor = await createTestEditor();
    const { troops } = await publishedItaly();
    await retractCommitment({ id: troops.id, note: "Wrong country" }, editor.id);
    const row = (await getMatrixAt("2026-11-24")).rows[0];
    expect(row?.cells.troops).toBeUndefined();
    expect(row?.cells.monitoring?.stance).toBe("supports");
    expect(await getDb().commitment.count({ where: { id: troops.id } })).toBe(1);
    await expect(retractCommitment({ id: troops.id, note: "again" }, editor.id)).rejects.toMatchObject({
      code: "ALREADY_RETRACTED",
    });
    expect(await getDb().auditEvent.count({ where: { entityId: troops.id, action: "commitment.retract" } })).toBe(1);
  });

  it("retracts a whole article, taking its positions out of the matrix", async () => {
    const editor = await createTestEditor();
    const { articleId } = await publishedItaly();
    await retractArticle({ id: articleId, note: "Satire site" }, editor.id);
    expect((await getMatrixAt("2026-11-24")).rows).toEqual([]);
    expect(await getDb().auditEvent.count({ where: { entityId: articleId, action: "article.retract" } })).toBe(1);
  });

  it("reports a missing commitment", async () => {
    const editor = await createTestEditor();
    await expect(retractCommitment({ id: "nope", note: "why" }, editor.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("a country's history after corrections", () => {
  it("shows the correction and keeps a retracted commitment in the history, never as current", async () => {
    const { getCountryStance } = await import("@/lib/queries/get-country-stance");
    const editor = await createTestEditor();
    const { troops } = await publishedItaly();
    await correctCommitment(
      {
        commitmentId: troops.id,
        country: "IT",
        commitment: "troops",
        stance: "considering",
        condition: null,
        note: "Softer wording",
      },
      editor.id,
    );
    let stance = await getCountryStance("IT", "2026-11-24");
    let entry = stance?.entries.find((e) => e.type === "troops");
    expect(entry?.current?.stance).toBe("considering");
    expect(entry?.current?.changes).toMatchObject([
      { action: "corrected", stanceBefore: "committed", note: "Softer wording" },
    ]);

    await retractCommitment({ id: troops.id, note: "Not a position" }, editor.id);
    stance = await getCountryStance("IT", "2026-11-24");
    entry = stance?.entries.find((e) => e.type === "troops");
    expect(entry?.current).toBeNull();
    expect(entry?.history).toHaveLength(1);
    expect(entry?.history[0]?.retracted).toBe(true);
    expect(entry?.history[0]?.changes.map((c) => c.action)).toEqual(["corrected", "retracted"]);
  });
});
