import "server-only";
import { getDb } from "@/lib/db/client";
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

/** Every correction and retraction, newest first. */
export async function getCorrectionsLog(query: CorrectionsLogQuery = {}): Promise<CorrectionLogEntry[]> {
  const db = getDb();
  const events = await db.auditEvent.findMany({
    where: { action: { in: [...CORRECTION_ACTIONS] } },
    select: { id: true, at: true, action: true, entityId: true, before: true, after: true, note: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.limit ?? 1000,
  });
  const commitmentIds = events.filter((e) => e.action.startsWith("commitment.")).map((e) => e.entityId);
  const commitments = await db.commitment.findMany({
    where: { id: { in: commitmentIds } },
    select: {
      id: true,
      statement: { select: { sentence: true, article: { select: { id: true, title: true } } } },
    },
  });
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const countryCodes = new Set<string>();
  const entries: CorrectionLogEntry[] = [];
  for (const event of events) {
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
    const commitment = byId.get(event.entityId);
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
      sentence: commitment?.statement.sentence ?? null,
      article: commitment ? { id: commitment.statement.article.id, title: commitment.statement.article.title } : null,
    });
  }
  const countries = await db.country.findMany({
    where: { code: { in: [...countryCodes] } },
    select: { code: true, name: true },
  });
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
