import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType } from "@/lib/domain/taxonomy";

/** Editors' decisions on the engine's proposals of one type (as published). */
export interface EngineDecisions {
  type: CommitmentType;
  acceptedAsProposed: number;
  /** Changed by the editor (country, type, stance, condition, speaker, evidence or date), then accepted. */
  edited: number;
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
    db.positionInterval.count({ where: { validUntil: null, recordedUntil: null } }),
    db.commitment.groupBy({
      by: ["type", "reviewState", "proposalEdited"],
      where: { confidence: { not: null }, reviewState: { in: ["accepted", "rejected"] } },
      _count: { _all: true },
    }),
  ]);
  const count = (type: string, state: string, edited?: boolean) =>
    groups
      .filter((group) => group.type === type && group.reviewState === state)
      .filter((group) => edited === undefined || group.proposalEdited === edited)
      .reduce((sum, group) => sum + group._count._all, 0);
  return {
    lastChange: last?.at ?? null,
    articles,
    positions,
    decisions: COMMITMENT_TYPES.map((type) => ({
      type,
      acceptedAsProposed: count(type, "accepted", false),
      edited: count(type, "accepted", true),
      rejected: count(type, "rejected"),
    })),
  };
}
