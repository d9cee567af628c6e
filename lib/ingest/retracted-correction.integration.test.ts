import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { correctCommitment, retractArticle, retractCommitment } from "./corrections";

async function publishedLatvia() {
  const published = await createPublishedArticle({
    published: "2026-01-09",
    positions: [{ country: "LV", commitment: "training", stance: "committed", sentence: "Latvia will train pilots." }],
  });
  const commitment = await getDb().commitment.findFirstOrThrow({
    where: { statement: { articleId: published.articleId } },
  });
  return { articleId: published.articleId, commitment };
}

function correctionOf(commitmentId: string) {
  return {
    commitmentId,
    country: "LV",
    commitment: "training" as const,
    stance: "supports" as const,
    condition: null,
    note: "Second thoughts",
  };
}

describe("a retracted record", () => {
  it("cannot be corrected: the commitment stays as retracted", async () => {
    const editor = await createTestEditor();
    const { commitment } = await publishedLatvia();
    await retractCommitment({ id: commitment.id, note: "Wrong country" }, editor.id);
    await expect(correctCommitment(correctionOf(commitment.id), editor.id)).rejects.toMatchObject({
      code: "ALREADY_RETRACTED",
    });
    const after = await getDb().commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(after.stance).toBe("committed");
    expect(after.retractedAt).not.toBeNull();
  });

  it("cannot be corrected when its whole article was retracted", async () => {
    const editor = await createTestEditor();
    const { articleId, commitment } = await publishedLatvia();
    await retractArticle({ id: articleId, note: "Not an article about guarantees" }, editor.id);
    await expect(correctCommitment(correctionOf(commitment.id), editor.id)).rejects.toMatchObject({
      code: "ALREADY_RETRACTED",
    });
  });
});
