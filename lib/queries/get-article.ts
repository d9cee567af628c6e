import "server-only";
import { dateOf, dateOrNull, readRows } from "@/lib/db/read-sql";
import { isCommitmentType, isStance, type CommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { speakerOf } from "@/lib/positions/statement-speaker";

export interface ArticleCommitmentView {
  id: string;
  countryCode: string;
  countryName: string;
  type: CommitmentType;
  stance: Stance;
  condition: string | null;
  reviewState: string;
  retractedAt: Date | null;
}

export interface ArticleStatementView {
  id: string;
  sentence: string;
  start: number;
  end: number;
  speaker: string | null;
  statedOn: Date;
  commitments: ArticleCommitmentView[];
}

export interface ArticleView {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: Date;
  body: string;
  retractedAt: Date | null;
  retractedNote: string | null;
  statements: ArticleStatementView[];
}

/** The fields an article and a draft of one share: what the article says and where it is from. */
export const ARTICLE_TEXT_SELECT = {
  id: true,
  title: true,
  outlet: true,
  url: true,
  publishedOn: true,
  body: true,
} as const;

/**
 * A published article with its statements and commitments, or null. Three flat reads at once
 * (off the serving thread on SQLite: lib/db/read-sql.ts).
 */
export async function getArticle(id: string): Promise<ArticleView | null> {
  const [[article], statements, commitments] = await Promise.all([
    readRows(
      `SELECT "id", "title", "outlet", "url", "publishedOn", "body", "retractedAt", "retractedNote"
         FROM "Article" WHERE "id" = ?`,
      [id],
    ),
    readRows(
      `SELECT s."id" AS "id", s."sentence" AS "sentence", s."startOffset" AS "startOffset", s."endOffset" AS "endOffset",
              s."speakerName" AS "speakerName", sp."name" AS "gazetteerName", s."statedOn" AS "statedOn"
         FROM "Statement" s LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
        WHERE s."articleId" = ?
        ORDER BY s."startOffset" ASC, s."id" ASC`,
      [id],
    ),
    readRows(
      `SELECT cm."id" AS "id", cm."statementId" AS "statementId", cm."countryCode" AS "countryCode",
              c."name" AS "countryName", cm."type" AS "type", cm."stance" AS "stance", cm."condition" AS "condition",
              cm."reviewState" AS "reviewState", cm."retractedAt" AS "retractedAt"
         FROM "Commitment" cm
         JOIN "Statement" s ON s."id" = cm."statementId"
         JOIN "Country" c ON c."code" = cm."countryCode"
        WHERE s."articleId" = ?
        ORDER BY cm."type" ASC, cm."id" ASC`,
      [id],
    ),
  ]);
  if (!article) return null;
  const byStatement = new Map<string, ArticleCommitmentView[]>();
  for (const c of commitments) {
    const type = String(c.type);
    const stance = String(c.stance);
    if (!isCommitmentType(type) || !isStance(stance)) continue;
    const statementId = String(c.statementId);
    const list = byStatement.get(statementId) ?? [];
    list.push({
      id: String(c.id),
      countryCode: String(c.countryCode),
      countryName: String(c.countryName),
      type,
      stance,
      condition: (c.condition as string | null) ?? null,
      reviewState: String(c.reviewState),
      retractedAt: dateOrNull(c.retractedAt),
    });
    byStatement.set(statementId, list);
  }
  return {
    id: String(article.id),
    title: String(article.title),
    outlet: String(article.outlet),
    url: (article.url as string | null) ?? null,
    publishedOn: dateOf(article.publishedOn),
    body: String(article.body),
    retractedAt: dateOrNull(article.retractedAt),
    retractedNote: (article.retractedNote as string | null) ?? null,
    statements: statements.map((statement) => {
      return {
        id: String(statement.id),
        sentence: String(statement.sentence),
        start: Number(statement.startOffset),
        end: Number(statement.endOffset),
        speaker: speakerOf(statement),
        statedOn: dateOf(statement.statedOn),
        commitments: byStatement.get(String(statement.id)) ?? [],
      };
    }),
  };
}
