import "server-only";
import {
  dialectOf,
  resolveDatabaseUrl,
  searchExpression,
  searchTokens,
  STATEMENT_SEARCH,
  type Db,
} from "@/lib/db/dialect";
import { dateOf, placeholders, readDialect, readRows } from "@/lib/db/read-sql";
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

/** Creates the engine's search index when missing (idempotent); the setup runs it on every start. */
export async function ensureSearchIndex(db: Db, url = resolveDatabaseUrl()): Promise<void> {
  if (ensured.has(db)) return;
  const search = STATEMENT_SEARCH[dialectOf(url)];
  if (search.repair && (await db.$queryRawUnsafe<unknown[]>(search.repair.needed)).length > 0)
    await db.$executeRawUnsafe(search.repair.sql);
  for (const sql of search.ensure) await db.$executeRawUnsafe(sql);
  ensured.add(db);
}

/**
 * Statements whose text, speaker or article title contain every word of `text` (the last
 * one as a prefix), best matches first, with the matches marked. Read like the views' data
 * (off the serving thread on SQLite: lib/db/read-sql.ts); the index itself is made by the setup
 * (lib/setup/setup-database.ts), which every start runs.
 */
export async function searchStatements(text: string): Promise<StatementHit[]> {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return [];
  const dialect = readDialect();
  const rows = await readRows<{ statementId: string; sentence: string; speaker: string; title: string }>(
    STATEMENT_SEARCH[dialect].query,
    [searchExpression(dialect, tokens), SEARCH_LIMIT],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.statementId);
  // One row per statement and accepted, unretracted commitment (or one with none), by type.
  const details = await readRows(
    `SELECT s."id" AS "id", s."statedOn" AS "statedOn", s."countryCode" AS "countryCode", c."name" AS "countryName",
            a."id" AS "articleId", a."outlet" AS "outlet", a."retractedAt" AS "retractedAt",
            cm."type" AS "type", cm."stance" AS "stance"
       FROM "Statement" s
       JOIN "Country" c ON c."code" = s."countryCode"
       JOIN "Article" a ON a."id" = s."articleId"
       LEFT JOIN "Commitment" cm ON cm."statementId" = s."id" AND cm."reviewState" = 'accepted' AND cm."retractedAt" IS NULL
      WHERE s."id" IN (${placeholders(ids.length)})
      ORDER BY cm."type" ASC`,
    ids,
  );
  const byId = new Map<string, { detail: Record<string, unknown>; commitments: StatementHit["commitments"] }>();
  for (const detail of details) {
    const id = String(detail.id);
    let entry = byId.get(id);
    if (!entry) byId.set(id, (entry = { detail, commitments: [] }));
    const type = detail.type === null ? null : String(detail.type);
    const stance = detail.stance === null ? null : String(detail.stance);
    if (type !== null && stance !== null && isCommitmentType(type) && isStance(stance))
      entry.commitments.push({ type, stance });
  }
  return rows.flatMap((row) => {
    const entry = byId.get(row.statementId);
    // Retracted articles stay on record but are not offered as evidence.
    if (!entry || entry.detail.retractedAt !== null) return [];
    const { detail } = entry;
    return [
      {
        statementId: row.statementId,
        sentence: row.sentence,
        speaker: row.speaker,
        title: row.title,
        countryCode: String(detail.countryCode),
        countryName: String(detail.countryName),
        statedOn: dateOf(detail.statedOn),
        outlet: String(detail.outlet),
        articleId: String(detail.articleId),
        commitments: entry.commitments,
      },
    ];
  });
}
