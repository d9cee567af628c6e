import "server-only";
import { getDb } from "@/lib/db/client";
import { type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";

export interface PublishedStatement {
  id: string;
  countryCode: string;
  countryName: string;
  speaker: string | null;
  sentence: string;
  statedOn: Date;
  /** When the tracker recorded it (the article's publication in the tracker). */
  recordedAt: Date;
  article: { id: string; title: string; outlet: string; url: string | null };
  commitments: { id: string; type: CommitmentType; stance: Stance; condition: string | null }[];
}

export interface PublishedStatementsQuery {
  countryCode?: string;
  type?: CommitmentType;
  limit?: number;
}

/**
 * The statements most recently recorded, newest first: those of unretracted articles that
 * carry at least one accepted, unretracted commitment (what the matrix can show).
 */
export async function getRecentlyPublishedStatements(
  query: PublishedStatementsQuery = {},
): Promise<PublishedStatement[]> {
  const commitmentWhere = {
    reviewState: "accepted",
    retractedAt: null,
    ...(query.type ? { type: query.type } : {}),
  };
  const statements = await getDb().statement.findMany({
    where: {
      ...(query.countryCode ? { countryCode: query.countryCode.toUpperCase() } : {}),
      article: { retractedAt: null },
      commitments: { some: commitmentWhere },
    },
    select: {
      id: true,
      countryCode: true,
      sentence: true,
      statedOn: true,
      ...SPEAKER_SELECT,
      country: { select: { name: true } },
      article: { select: { id: true, title: true, outlet: true, url: true, createdAt: true } },
      commitments: {
        where: { reviewState: "accepted", retractedAt: null },
        select: { id: true, type: true, stance: true, condition: true },
        orderBy: { type: "asc" },
      },
    },
    orderBy: [{ article: { createdAt: "desc" } }, { id: "desc" }],
    take: query.limit ?? 50,
  });
  return statements.map((statement) => ({
    id: statement.id,
    countryCode: statement.countryCode,
    countryName: statement.country.name,
    speaker: speakerOf(statement),
    sentence: statement.sentence,
    statedOn: statement.statedOn,
    recordedAt: statement.article.createdAt,
    article: {
      id: statement.article.id,
      title: statement.article.title,
      outlet: statement.article.outlet,
      url: statement.article.url,
    },
    commitments: statement.commitments.flatMap((c) =>
      isCommitmentType(c.type) && isStance(c.stance)
        ? [{ id: c.id, type: c.type, stance: c.stance, condition: c.condition }]
        : [],
    ),
  }));
}
