import "server-only";
import { getDb } from "@/lib/db/client";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";
import { sentenceBefore } from "@/lib/text/sentence-before";

export interface StatementView {
  id: string;
  sentence: string;
  /** The sentence before it in the article: the context of a quote that does not name its subject. */
  contextBefore: string | null;
  speaker: string | null;
  statedOn: Date;
  country: { code: string; name: string };
  article: { id: string; title: string; outlet: string; url: string | null; publishedOn: Date; retracted: boolean };
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

/** One quoted statement, for its permalink; null when there is none with that id. */
export async function getStatement(id: string): Promise<StatementView | null> {
  const statement = await getDb().statement.findUnique({
    where: { id },
    select: {
      id: true,
      sentence: true,
      startOffset: true,
      ...SPEAKER_SELECT,
      statedOn: true,
      country: { select: { code: true, name: true } },
      article: {
        select: { id: true, title: true, outlet: true, url: true, publishedOn: true, retractedAt: true, body: true },
      },
      commitments: {
        where: { reviewState: "accepted" },
        select: {
          id: true,
          type: true,
          stance: true,
          condition: true,
          retractedAt: true,
          positions: { where: { validUntil: null }, select: { id: true } },
        },
      },
    },
  });
  if (!statement) return null;
  const { retractedAt, body, ...article } = statement.article;
  return {
    id: statement.id,
    sentence: statement.sentence,
    contextBefore: sentenceBefore(body, statement.startOffset),
    speaker: speakerOf(statement),
    statedOn: statement.statedOn,
    country: statement.country,
    article: { ...article, retracted: retractedAt !== null },
    commitments: statement.commitments.flatMap((commitment) => {
      const { type, stance } = commitment;
      if (!isCommitmentType(type) || !isStance(stance)) return [];
      return [
        {
          id: commitment.id,
          type,
          stance,
          condition: commitment.condition,
          retracted: commitment.retractedAt !== null || retractedAt !== null,
          isStandingNow: commitment.positions.length > 0,
        },
      ];
    }),
  };
}
