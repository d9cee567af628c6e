import "server-only";
import { dateOrNull, readRows } from "@/lib/db/read-sql";

/**
 * The instant of the last change to published data (a commitment recorded, or a correction
 * or retraction): what a citation pins. Everyone citing between two changes gets the same
 * permalink, and nothing recorded after it is in the pinned view. Two indexed reads (off the
 * serving thread on SQLite: lib/db/read-sql.ts).
 */
export async function getLatestChangeInstant(): Promise<Date> {
  const [[commitment], [correction]] = await Promise.all([
    readRows(`SELECT MAX("createdAt") AS "at" FROM "Commitment"`),
    readRows(
      `SELECT MAX("at") AS "at" FROM "AuditEvent"
        WHERE "action" IN ('commitment.correct', 'commitment.retract', 'article.retract')`,
    ),
  ]);
  const times = [dateOrNull(commitment?.at), dateOrNull(correction?.at)].filter((date): date is Date => date !== null);
  return times.length > 0 ? new Date(Math.max(...times.map((date) => date.getTime()))) : new Date(Date.UTC(2020, 0, 1));
}
