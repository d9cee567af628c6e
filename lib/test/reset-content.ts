import "server-only";
import { getDb } from "@/lib/db/client";

/** Empties the editorial tables (keeps countries and speakers) so each test starts clean. */
export async function resetContent(): Promise<void> {
  const db = getDb();
  await db.$transaction([
    db.auditEvent.deleteMany({}),
    db.positionInterval.deleteMany({}),
    db.ingestDraft.deleteMany({}),
    db.commitment.deleteMany({}),
    db.statement.deleteMany({}),
    db.article.deleteMany({}),
  ]);
}
