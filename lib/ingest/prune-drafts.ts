import "server-only";
import { type Db, getDb } from "@/lib/db/client";

export const DRAFT_MAX_IDLE_DAYS = 30;

/**
 * Removes drafts untouched for `maxIdleDays`: abandoned reviews, and published drafts whose
 * article holds everything they had. A saved decision touches a draft, and so does an open
 * review page (it calls `keepDraftOpen` while open), so a draft in review is never removed.
 * One statement, so a touch that lands first keeps its draft.
 */
export async function pruneDrafts(
  options: { now?: Date; maxIdleDays?: number } = {},
  db: Db = getDb(),
): Promise<{ removed: number; cutoff: Date }> {
  const now = options.now ?? new Date();
  const maxIdleDays = options.maxIdleDays ?? DRAFT_MAX_IDLE_DAYS;
  const cutoff = new Date(now.getTime() - maxIdleDays * 86_400_000);
  const { count } = await db.ingestDraft.deleteMany({ where: { updatedAt: { lt: cutoff } } });
  return { removed: count, cutoff };
}
