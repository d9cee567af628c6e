import "server-only";
import { dateOf, placeholders, readRows } from "@/lib/db/read-sql";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";

/** One side of a corrected commitment, as the public may see it. */
interface PublicCommitmentState {
  countryCode: string;
  type: CommitmentType;
  stance: Stance;
  condition: string | null;
}

/**
 * A correction or retraction, without the editor's identity: what changed, from what to
 * what, why (the editor's public note) and when it was recorded.
 */
export type CorrectionLogEntry =
  | {
      id: string;
      at: Date;
      kind: "commitment.correct" | "commitment.retract";
      commitmentId: string;
      note: string | null;
      before: PublicCommitmentState | null;
      after: PublicCommitmentState | null;
      countryName: string;
      sentence: string | null;
      article: { id: string; title: string } | null;
    }
  | {
      id: string;
      at: Date;
      kind: "article.retract";
      note: string | null;
      article: { id: string; title: string; outlet: string | null };
    };

const CORRECTION_ACTIONS = ["commitment.correct", "commitment.retract", "article.retract"] as const;

function readCommitmentState(json: string | null): PublicCommitmentState | null {
  if (!json) return null;
  const value = JSON.parse(json) as Record<string, unknown>;
  const { countryCode, type, stance, condition } = value;
  if (typeof countryCode !== "string" || typeof type !== "string" || typeof stance !== "string") return null;
  if (!isCommitmentType(type) || !isStance(stance)) return null;
  return { countryCode, type, stance, condition: typeof condition === "string" ? condition : null };
}

function readArticleSnapshot(json: string | null): { title?: string; outlet?: string } {
  if (!json) return {};
  const value = JSON.parse(json) as Record<string, unknown>;
  return {
    title: typeof value.title === "string" ? value.title : undefined,
    outlet: typeof value.outlet === "string" ? value.outlet : undefined,
  };
}

export interface CorrectionsLogQuery {
  /** Only entries for this country (either side of a correction). */
  countryCode?: string;
  limit?: number;
}

/**
 * Every correction and retraction, newest first: two flat reads (off the serving thread on
 * SQLite: lib/db/read-sql.ts), the events with their commitments' quotes, then the countries' names.
 */
export async function getCorrectionsLog(query: CorrectionsLogQuery = {}): Promise<CorrectionLogEntry[]> {
  const rows = await readRows(
    `SELECT e."id" AS "id", e."at" AS "at", e."action" AS "action", e."entityId" AS "entityId",
            e."before" AS "before", e."after" AS "after", e."note" AS "note",
            s."sentence" AS "sentence", a."id" AS "articleId", a."title" AS "articleTitle"
       FROM (SELECT * FROM "AuditEvent" WHERE "action" IN (${placeholders(CORRECTION_ACTIONS.length)})
              ORDER BY "at" DESC, "id" DESC LIMIT ?) e
       LEFT JOIN "Commitment" cm ON e."action" <> 'article.retract' AND cm."id" = e."entityId"
       LEFT JOIN "Statement" s ON s."id" = cm."statementId"
       LEFT JOIN "Article" a ON a."id" = s."articleId"
      ORDER BY e."at" DESC, e."id" DESC`,
    [...CORRECTION_ACTIONS, query.limit ?? 1000],
  );
  const countryCodes = new Set<string>();
  const entries: CorrectionLogEntry[] = [];
  for (const row of rows) {
    const event = {
      id: String(row.id),
      at: dateOf(row.at),
      action: String(row.action),
      entityId: String(row.entityId),
      before: (row.before as string | null) ?? null,
      after: (row.after as string | null) ?? null,
      note: (row.note as string | null) ?? null,
    };
    if (event.action === "article.retract") {
      const snapshot = { ...readArticleSnapshot(event.before), ...readArticleSnapshot(event.after) };
      entries.push({
        id: event.id,
        at: event.at,
        kind: "article.retract",
        note: event.note,
        article: { id: event.entityId, title: snapshot.title ?? "(untitled)", outlet: snapshot.outlet ?? null },
      });
      continue;
    }
    const before = readCommitmentState(event.before);
    const after = readCommitmentState(event.after);
    const countryCode = after?.countryCode ?? before?.countryCode ?? "";
    countryCodes.add(countryCode);
    if (before) countryCodes.add(before.countryCode);
    entries.push({
      id: event.id,
      at: event.at,
      kind: event.action as "commitment.correct" | "commitment.retract",
      commitmentId: event.entityId,
      note: event.note,
      before,
      after,
      countryName: countryCode,
      // Null when the commitment is no longer there.
      sentence: (row.sentence as string | null) ?? null,
      article: row.articleId ? { id: String(row.articleId), title: String(row.articleTitle) } : null,
    });
  }
  const codes = [...countryCodes];
  const countries = await readRows<{ code: string; name: string }>(
    `SELECT "code", "name" FROM "Country" WHERE "code" IN (${placeholders(codes.length)})`,
    codes.length > 0 ? codes : [""],
  );
  const names = new Map(countries.map((c) => [c.code, c.name]));
  for (const entry of entries)
    if (entry.kind !== "article.retract") entry.countryName = names.get(entry.countryName) ?? entry.countryName;

  if (!query.countryCode) return entries;
  const code = query.countryCode.toUpperCase();
  return entries.filter(
    (entry) =>
      entry.kind !== "article.retract" && (entry.before?.countryCode === code || entry.after?.countryCode === code),
  );
}
