import "server-only";
import { boolOf, dateOf, readRows } from "@/lib/db/read-sql";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { speakerOf } from "@/lib/positions/statement-speaker";
import { sentenceBefore } from "@/lib/text/sentence-before";
import { ARTICLE_COLUMNS, articleOfRow, type StatementArticle } from "./statement-article";

export interface StatementView {
  id: string;
  sentence: string;
  /** The sentence before it in the article: the context of a quote that does not name its subject. */
  contextBefore: string | null;
  speaker: string | null;
  statedOn: Date;
  country: { code: string; name: string };
  article: StatementArticle & { retracted: boolean };
  /** What the statement was decided to say, and whether each stands in the position history now. */
  commitments: {
    id: string;
    type: CommitmentType;
    stance: Stance;
    condition: string | null;
    retracted: boolean;
    /** This commitment sets the current position of its cell. */
    isStandingNow: boolean;
  }[];
}

/**
 * One quoted statement, for its permalink; null when there is none with that id. Two flat reads
 * (off the serving thread on SQLite: lib/db/read-sql.ts).
 */
export async function getStatement(id: string): Promise<StatementView | null> {
  const [[row], commitments] = await Promise.all([
    readRows(
      `SELECT s."id" AS "id", s."sentence" AS "sentence", s."startOffset" AS "startOffset",
              s."speakerName" AS "speakerName", sp."name" AS "gazetteerName", s."statedOn" AS "statedOn",
              c."code" AS "countryCode", c."name" AS "countryName", ${ARTICLE_COLUMNS},
              a."retractedAt" AS "articleRetractedAt", a."body" AS "body"
         FROM "Statement" s
         JOIN "Country" c ON c."code" = s."countryCode"
         JOIN "Article" a ON a."id" = s."articleId"
         LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
        WHERE s."id" = ?`,
      [id],
    ),
    // Standing now: its cell's open interval, as the tracker shows it now.
    readRows(
      `SELECT cm."id" AS "id", cm."type" AS "type", cm."stance" AS "stance", cm."condition" AS "condition",
              cm."retractedAt" AS "retractedAt",
              EXISTS (SELECT 1 FROM "PositionInterval" pi
                       WHERE pi."commitmentId" = cm."id" AND pi."validUntil" IS NULL AND pi."recordedUntil" IS NULL) AS "standing"
         FROM "Commitment" cm
        WHERE cm."statementId" = ? AND cm."reviewState" = 'accepted'
        ORDER BY cm."createdAt" ASC, cm."id" ASC`,
      [id],
    ),
  ]);
  if (!row) return null;
  const articleRetracted = row.articleRetractedAt !== null;
  return {
    id: String(row.id),
    sentence: String(row.sentence),
    contextBefore: sentenceBefore(String(row.body), Number(row.startOffset)),
    speaker: speakerOf(row),
    statedOn: dateOf(row.statedOn),
    country: { code: String(row.countryCode), name: String(row.countryName) },
    article: { ...articleOfRow(row), retracted: articleRetracted },
    commitments: commitments.flatMap((commitment) => {
      const type = String(commitment.type);
      const stance = String(commitment.stance);
      if (!isCommitmentType(type) || !isStance(stance)) return [];
      return [
        {
          id: String(commitment.id),
          type,
          stance,
          condition: (commitment.condition as string | null) ?? null,
          retracted: commitment.retractedAt !== null || articleRetracted,
          isStandingNow: boolOf(commitment.standing),
        },
      ];
    }),
  };
}
