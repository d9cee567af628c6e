import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { readDialect, readRows } from "@/lib/db/read-sql";
import { retractCommitment } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getLatestChangeInstant } from "./get-latest-change";

beforeEach(resetContent);

describe("getLatestChangeInstant", () => {
  it("is the last commitment recorded or the last correction, whichever came later", async () => {
    await createPublishedArticle({
      published: "2026-02-03",
      positions: [{ country: "SE", commitment: "arms", stance: "committed", sentence: "Sweden sends shells." }],
    });
    const commitment = await getDb().commitment.findFirstOrThrow({ select: { id: true, createdAt: true } });
    expect(await getLatestChangeInstant()).toEqual(commitment.createdAt);
    const editor = await createTestEditor();
    await retractCommitment({ id: commitment.id, note: "Wrong country" }, editor.id);
    const retraction = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "commitment.retract" },
      select: { at: true },
    });
    expect(await getLatestChangeInstant()).toEqual(retraction.at);
  });

  it("finds the last recorded commitment by index, not by reading every commitment", async () => {
    if (readDialect() === "sqlite") {
      const plan = await readRows(
        `EXPLAIN QUERY PLAN SELECT "createdAt" FROM "Commitment" ORDER BY "createdAt" DESC LIMIT 1`,
      );
      expect(plan.map((row) => String(row.detail)).join("\n")).toContain("Commitment_createdAt_idx");
    } else {
      const indexes = await readRows(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Commitment_createdAt_idx'`);
      expect(String(indexes[0]?.indexdef)).toContain(`("createdAt")`);
    }
  });
});
