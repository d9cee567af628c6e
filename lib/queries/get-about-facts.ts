import "server-only";
import { boolOf, dateOrNull, readRows } from "@/lib/db/read-sql";
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

/**
 * Editors' decisions on the engine's proposals, counted per type: read from the index on
 * (reviewState, type, proposalEdited, confidence) alone, in its order, rather than from every
 * commitment's row (150 ms of SQLite's CPU at 200,000 statements, after every publish).
 */
export const DECISIONS_SQL = `SELECT "reviewState" AS "reviewState", "type" AS "type", "proposalEdited" AS "proposalEdited", COUNT(*) AS "count"
   FROM "Commitment"
  WHERE "reviewState" IN ('accepted', 'rejected') AND "confidence" IS NOT NULL
  GROUP BY "reviewState", "type", "proposalEdited"`;

/**
 * The about page's figures: plain counts over the tables, read like the views' data (off the
 * serving thread on SQLite: lib/db/read-sql.ts), since the decisions count every proposal.
 */
export async function getAboutFacts(): Promise<AboutFacts> {
  const [last, articles, positions, groups] = await Promise.all([
    readRows(
      `SELECT MAX("at") AS "at" FROM "AuditEvent"
        WHERE "action" IN ('article.publish', 'commitment.correct', 'commitment.retract', 'article.retract')`,
    ),
    readRows(`SELECT COUNT(*) AS "count" FROM "Article" WHERE "retractedAt" IS NULL`),
    readRows(
      `SELECT COUNT(*) AS "count" FROM "PositionInterval" WHERE "recordedUntil" IS NULL AND "validUntil" IS NULL`,
    ),
    readRows(DECISIONS_SQL),
  ]);
  const count = (type: string, state: string, edited?: boolean) =>
    groups
      .filter((group) => group.type === type && group.reviewState === state)
      .filter((group) => edited === undefined || boolOf(group.proposalEdited) === edited)
      .reduce((sum, group) => sum + Number(group.count), 0);
  return {
    lastChange: dateOrNull(last[0]?.at),
    articles: Number(articles[0]?.count ?? 0),
    positions: Number(positions[0]?.count ?? 0),
    decisions: COMMITMENT_TYPES.map((type) => ({
      type,
      acceptedAsProposed: count(type, "accepted", false),
      edited: count(type, "accepted", true),
      rejected: count(type, "rejected"),
    })),
  };
}
