import "server-only";
import { getDb } from "@/lib/db/client";
import {
  dialectOf,
  resolveDatabaseUrl,
  searchExpression,
  searchTokens,
  STATEMENT_SEARCH,
  type Db,
} from "@/lib/db/dialect";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";

/** Text with the matched words between \u0002 and \u0003, for the page to wrap in <mark>. */
export type HighlightedText = string;

export interface StatementHit {
  statementId: string;
  sentence: HighlightedText;
  speaker: HighlightedText;
  title: HighlightedText;
  countryCode: string;
  countryName: string;
  statedOn: Date;
  outlet: string;
  articleId: string;
  /** What the statement was decided to say (accepted, not retracted), each linking to its type's page. */
  commitments: { type: CommitmentType; stance: Stance }[];
}

export const SEARCH_LIMIT = 50;

const ensured = new WeakSet<object>();

/** Creates the engine's search index when missing (idempotent); the setup runs it too. */
export async function ensureSearchIndex(db: Db, url = resolveDatabaseUrl()): Promise<void> {
  if (ensured.has(db)) return;
  for (const sql of STATEMENT_SEARCH[dialectOf(url)].ensure) await db.$executeRawUnsafe(sql);
  ensured.add(db);
}

/**
 * Statements whose text, speaker or article title contain every word of `text` (the last
 * one as a prefix), best matches first, with the matches marked.
 */
export async function searchStatements(text: string, db: Db = getDb()): Promise<StatementHit[]> {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return [];
  const dialect = dialectOf(resolveDatabaseUrl());
  await ensureSearchIndex(db);
  const rows = await db.$queryRawUnsafe<{ statementId: string; sentence: string; speaker: string; title: string }[]>(
    STATEMENT_SEARCH[dialect].query,
    searchExpression(dialect, tokens),
    SEARCH_LIMIT,
  );
  if (rows.length === 0) return [];
  const statements = await db.statement.findMany({
    where: { id: { in: rows.map((row) => row.statementId) } },
    select: {
      id: true,
      statedOn: true,
      countryCode: true,
      country: { select: { name: true } },
      article: { select: { id: true, outlet: true, retractedAt: true } },
      commitments: {
        where: { reviewState: "accepted", retractedAt: null },
        select: { type: true, stance: true },
        orderBy: { type: "asc" },
      },
    },
  });
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  return rows.flatMap((row) => {
    const statement = byId.get(row.statementId);
    // Retracted articles stay on record but are not offered as evidence.
    if (!statement || statement.article.retractedAt) return [];
    return [
      {
        statementId: row.statementId,
        sentence: row.sentence,
        speaker: row.speaker,
        title: row.title,
        countryCode: statement.countryCode,
        countryName: statement.country.name,
        statedOn: statement.statedOn,
        outlet: statement.article.outlet,
        articleId: statement.article.id,
        commitments: statement.commitments.flatMap(({ type, stance }) =>
          isCommitmentType(type) && isStance(stance) ? [{ type, stance }] : [],
        ),
      },
    ];
  });
}
