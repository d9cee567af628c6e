import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * The instant of the last change to published data (a commitment recorded, or a correction
 * or retraction): what a citation pins. Everyone citing between two changes gets the same
 * permalink, and nothing recorded after it is in the pinned view.
 */
export async function getLatestChangeInstant(): Promise<Date> {
  const db = getDb();
  const [commitment, correction] = await Promise.all([
    db.commitment.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    db.auditEvent.findFirst({
      where: { action: { in: ["commitment.correct", "commitment.retract", "article.retract"] } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
  ]);
  const times = [commitment?.createdAt, correction?.at].filter((date): date is Date => date !== undefined);
  return times.length > 0 ? new Date(Math.max(...times.map((date) => date.getTime()))) : new Date(Date.UTC(2020, 0, 1));
}
