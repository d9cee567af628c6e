import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { type CommitmentType, isCommitmentType, isStance } from "@/lib/domain/taxonomy";
import { toIsoDay } from "@/lib/dates/iso-day";
import { type StandingPosition, standingKey } from "@/lib/ingest/publish-preview";

/**
 * The position that stands today for each of the given country and commitment-type pairs
 * (the latest accepted, unretracted commitment by statement date, as in the matrix); pairs
 * with none are left out. The review page compares a draft's positions with these.
 */
export async function getStandingPositions(
  pairs: readonly { country: string; commitment: CommitmentType }[],
  db: Db = getDb(),
): Promise<StandingPosition[]> {
  if (pairs.length === 0) return [];
  const wanted = new Set(pairs.map((pair) => standingKey(pair.country, pair.commitment)));
  const commitments = await db.commitment.findMany({
    where: {
      reviewState: "accepted",
      retractedAt: null,
      countryCode: { in: [...new Set(pairs.map((pair) => pair.country))] },
      type: { in: [...new Set(pairs.map((pair) => pair.commitment))] },
      statement: { article: { retractedAt: null } },
    },
    select: {
      countryCode: true,
      type: true,
      stance: true,
      statedOn: true,
      statement: { select: { article: { select: { outlet: true } } } },
    },
    // Newest first, so the first commitment seen for a pair is the one that stands.
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
  });
  const standing = new Map<string, StandingPosition>();
  for (const commitment of commitments) {
    if (!isCommitmentType(commitment.type) || !isStance(commitment.stance)) continue;
    const key = standingKey(commitment.countryCode, commitment.type);
    if (!wanted.has(key) || standing.has(key)) continue;
    standing.set(key, {
      country: commitment.countryCode,
      commitment: commitment.type,
      stance: commitment.stance,
      statedOn: toIsoDay(commitment.statedOn),
      outlet: commitment.statement.article.outlet,
    });
  }
  return [...standing.values()];
}
