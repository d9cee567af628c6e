import "server-only";
import { getDb } from "@/lib/db/client";
import { isCommitmentType, isStance, type CommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";

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

/** A published article with its statements and commitments, or null. */
export async function getArticle(id: string): Promise<ArticleView | null> {
  const article = await getDb().article.findUnique({
    where: { id },
    select: {
      ...ARTICLE_TEXT_SELECT,
      retractedAt: true,
      retractedNote: true,
      statements: {
        orderBy: { startOffset: "asc" },
        select: {
          id: true,
          sentence: true,
          startOffset: true,
          endOffset: true,
          ...SPEAKER_SELECT,
          statedOn: true,
          commitments: {
            orderBy: { type: "asc" },
            select: {
              id: true,
              countryCode: true,
              country: { select: { name: true } },
              type: true,
              stance: true,
              condition: true,
              reviewState: true,
              retractedAt: true,
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return {
    ...article,
    statements: article.statements.map((statement) => ({
      id: statement.id,
      sentence: statement.sentence,
      start: statement.startOffset,
      end: statement.endOffset,
      speaker: speakerOf(statement),
      statedOn: statement.statedOn,
      commitments: statement.commitments.flatMap((c) =>
        isCommitmentType(c.type) && isStance(c.stance)
          ? [
              {
                id: c.id,
                countryCode: c.countryCode,
                countryName: c.country.name,
                type: c.type,
                stance: c.stance,
                condition: c.condition,
                reviewState: c.reviewState,
                retractedAt: c.retractedAt,
              },
            ]
          : [],
      ),
    })),
  };
}
