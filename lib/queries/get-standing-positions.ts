import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { type CommitmentType, isCommitmentType, isStance } from "@/lib/domain/taxonomy";
import { toIsoDay } from "@/lib/dates/iso-day";
import { type StandingPosition, standingKey } from "@/lib/ingest/publish-preview";

/**
 * The position that stands today for each of the given country and commitment-type pairs,
 * from the position read model (the open interval of each cell); pairs with none are left
 * out. The review page compares a draft's positions with these before publishing.
 */
export async function getStandingPositions(
  pairs: readonly { country: string; commitment: CommitmentType }[],
  db: Db = getDb(),
): Promise<StandingPosition[]> {
  if (pairs.length === 0) return [];
  const wanted = new Set(pairs.map((pair) => standingKey(pair.country, pair.commitment)));
  const intervals = await db.positionInterval.findMany({
    where: {
      validUntil: null,
      recordedUntil: null,
      countryCode: { in: [...new Set(pairs.map((pair) => pair.country))] },
      type: { in: [...new Set(pairs.map((pair) => pair.commitment))] },
    },
    select: {
      countryCode: true,
      type: true,
      stance: true,
      validFrom: true,
      commitment: { select: { statement: { select: { article: { select: { outlet: true } } } } } },
    },
  });
  const standing: StandingPosition[] = [];
  for (const interval of intervals) {
    if (!isCommitmentType(interval.type) || !isStance(interval.stance)) continue;
    if (!wanted.has(standingKey(interval.countryCode, interval.type))) continue;
    standing.push({
      country: interval.countryCode,
      commitment: interval.type,
      stance: interval.stance,
      statedOn: toIsoDay(interval.validFrom),
      outlet: interval.commitment.statement.article.outlet,
    });
  }
  return standing;
}
