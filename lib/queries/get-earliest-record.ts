import "server-only";
import { getDb } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/iso-day";

/**
 * The day of the earliest accepted statement (YYYY-MM-DD), or null while there is none: the
 * earliest day a view can show anything, so the date controls start there and an empty past
 * view says when the records start.
 */
export async function getEarliestRecordDay(): Promise<string | null> {
  const first = await getDb().commitment.findFirst({
    where: { reviewState: "accepted" },
    orderBy: { statedOn: "asc" },
    select: { statedOn: true },
  });
  return first ? toIsoDay(first.statedOn) : null;
}
