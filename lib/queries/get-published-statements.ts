import "server-only";
import { dateOf, placeholders, readRows, type SqlValue } from "@/lib/db/read-sql";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { speakerOf } from "@/lib/positions/statement-speaker";
import { ARTICLE_COLUMNS, articleOfRow, type StatementArticle } from "./statement-article";

export interface PublishedStatement {
  id: string;
  countryCode: string;
  countryName: string;
  speaker: string | null;
  sentence: string;
  statedOn: Date;
  /** When the tracker recorded it (the article's publication in the tracker). */
  recordedAt: Date;
  article: StatementArticle;
  commitments: { id: string; type: CommitmentType; stance: Stance; condition: string | null }[];
}

export interface PublishedStatementsQuery {
  countryCode?: string;
  type?: CommitmentType;
  limit?: number;
}

/** Which statements count as published, and with which of their commitments (aliases s, a). */
export interface StatementFilter {
  /** Conditions on the statement (s) and its article (a), with their parameters. */
  where: string[];
  params: SqlValue[];
  /** Only statements with an accepted, unretracted commitment of this type (and stance). */
  type?: CommitmentType;
  stance?: Stance;
}

/**
 * Published statements (of unretracted articles, with at least one accepted, unretracted
 * commitment that passes the filter), with their country, speaker, article and those
 * commitments: two flat queries (run off the serving thread on SQLite, lib/db/read-sql.ts),
 * in the order `orderBy` gives (SQL on s and a), at most `limit`.
 */
export async function readPublishedStatements(
  filter: StatementFilter,
  orderBy: string,
  limit: number,
): Promise<PublishedStatement[]> {
  const commitment: string[] = [];
  const commitmentParams: SqlValue[] = [];
  if (filter.type) {
    commitment.push(`cm."type" = ?`);
    commitmentParams.push(filter.type);
  }
  if (filter.stance) {
    commitment.push(`cm."stance" = ?`);
    commitmentParams.push(filter.stance);
  }
  const rows = await readRows(
    `SELECT s."id" AS "id", s."countryCode" AS "countryCode", c."name" AS "countryName", s."sentence" AS "sentence",
            s."statedOn" AS "statedOn", s."speakerName" AS "speakerName", sp."name" AS "gazetteerName",
            ${ARTICLE_COLUMNS}, a."createdAt" AS "createdAt"
       FROM "Statement" s
       JOIN "Article" a ON a."id" = s."articleId"
       JOIN "Country" c ON c."code" = s."countryCode"
       LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
      WHERE a."retractedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Commitment" cm WHERE cm."statementId" = s."id" AND cm."reviewState" = 'accepted'
                    AND cm."retractedAt" IS NULL ${commitment.map((condition) => `AND ${condition}`).join(" ")})
        ${filter.where.map((condition) => `AND ${condition}`).join(" ")}
      ORDER BY ${orderBy}
      LIMIT ?`,
    [...commitmentParams, ...filter.params, limit],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => String(row.id));
  const commitments = await readRows(
    `SELECT cm."id" AS "id", cm."statementId" AS "statementId", cm."type" AS "type", cm."stance" AS "stance",
            cm."condition" AS "condition"
       FROM "Commitment" cm
      WHERE cm."statementId" IN (${placeholders(ids.length)}) AND cm."reviewState" = 'accepted' AND cm."retractedAt" IS NULL
      ORDER BY cm."type" ASC, cm."id" ASC`,
    ids,
  );
  const byStatement = new Map<string, PublishedStatement["commitments"]>();
  for (const row of commitments) {
    const type = String(row.type);
    const stance = String(row.stance);
    if (!isCommitmentType(type) || !isStance(stance)) continue;
    const list = byStatement.get(String(row.statementId)) ?? [];
    list.push({ id: String(row.id), type, stance, condition: (row.condition as string | null) ?? null });
    byStatement.set(String(row.statementId), list);
  }
  return rows.map((row) => {
    return {
      id: String(row.id),
      countryCode: String(row.countryCode),
      countryName: String(row.countryName),
      speaker: speakerOf(row),
      sentence: String(row.sentence),
      statedOn: dateOf(row.statedOn),
      recordedAt: dateOf(row.createdAt),
      article: articleOfRow(row),
      commitments: byStatement.get(String(row.id)) ?? [],
    };
  });
}

/**
 * The statements most recently recorded, newest first: those of unretracted articles that
 * carry at least one accepted, unretracted commitment (what the matrix can show). Read by
 * index: the articles most recently recorded first (Article(createdAt, id)), a batch at a time,
 * then their statements (Statement(articleId)), so the cost follows the feed's length, not the
 * number of statements. A batch that yields too few (a country or type seldom reported) is
 * followed by one four times larger.
 */
export async function getRecentlyPublishedStatements(
  query: PublishedStatementsQuery = {},
): Promise<PublishedStatement[]> {
  const limit = query.limit ?? 50;
  const found: PublishedStatement[] = [];
  let after: { createdAt: unknown; id: string } | null = null;
  for (let batch = limit; found.length < limit; batch *= 4) {
    const articles: { id: string; createdAt: unknown }[] = await readRows<{ id: string; createdAt: unknown }>(
      `SELECT a."id" AS "id", a."createdAt" AS "createdAt" FROM "Article" a
        WHERE a."retractedAt" IS NULL ${after ? `AND (a."createdAt" < ? OR (a."createdAt" = ? AND a."id" < ?))` : ""}
        ORDER BY a."createdAt" DESC, a."id" DESC
        LIMIT ?`,
      [...(after ? [dateOf(after.createdAt), dateOf(after.createdAt), after.id] : []), batch],
    );
    if (articles.length === 0) break;
    after = articles.at(-1)!;
    const ids = articles.map((article) => article.id);
    found.push(
      ...(await readPublishedStatements(
        {
          where: [
            `s."articleId" IN (${placeholders(ids.length)})`,
            ...(query.countryCode ? [`s."countryCode" = ?`] : []),
          ],
          params: [...ids, ...(query.countryCode ? [query.countryCode.toUpperCase()] : [])],
          type: query.type,
        },
        `a."createdAt" DESC, s."id" DESC`,
        limit - found.length,
      )),
    );
    if (articles.length < batch) break;
  }
  return found;
}
