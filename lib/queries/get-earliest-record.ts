import "server-only";
import { dateOf, readRows } from "@/lib/db/read-sql";
import { toIsoDay } from "@/lib/dates/iso-day";

/**
 * The day of the earliest accepted statement (YYYY-MM-DD), or null while there is none: the
 * earliest day a view can show anything, so the date controls start there and an empty past
 * view says when the records start.
 */
export async function getEarliestRecordDay(): Promise<string | null> {
  const [first] = await readRows(
    `SELECT "statedOn" FROM "Commitment" WHERE "reviewState" = 'accepted' ORDER BY "statedOn" ASC LIMIT 1`,
  );
  return first ? toIsoDay(dateOf(first.statedOn)) : null;
}
