import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType } from "@/lib/domain/taxonomy";

export interface EngineDecisions {
  type: CommitmentType;
  accepted: number;
  rejected: number;
}

export interface AboutFacts {
  /** When the data last changed: the latest publish, correction or retraction. */
  lastChange: Date | null;
  articles: number;
  positions: number;
  /** Editors' decisions on the engine's proposals (confidence set), per type. */
  decisions: EngineDecisions[];
}

export async function getAboutFacts(): Promise<AboutFacts> {
  const db = getDb();
  const [last, articles, positions, groups] = await Promise.all([
    db.auditEvent.findFirst({
      where: { action: { in: ["article.publish", "commitment.correct", "commitment.retract", "article.retract"] } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
    db.article.count({ where: { retractedAt: null } }),
    db.positionInterval.count({ where: { validUntil: null } }),
    db.commitment.groupBy({
      by: ["type", "reviewState"],
      where: { confidence: { not: null }, reviewState: { in: ["accepted", "rejected"] } },
      _count: { _all: true },
    }),
  ]);
  const count = (type: string, state: string) =>
    groups.find((group) => group.type === type && group.reviewState === state)?._count._all ?? 0;
  return {
    lastChange: last?.at ?? null,
    articles,
    positions,
    decisions: COMMITMENT_TYPES.map((type) => ({
      type,
      accepted: count(type, "accepted"),
      rejected: count(type, "rejected"),
    })),
  };
}
