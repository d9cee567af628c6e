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

const STATEMENT_SELECT = {
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
} as const;

function toPublishedStatement(statement: {
  id: string;
  countryCode: string;
  sentence: string;
  statedOn: Date;
  speakerName: string | null;
  speaker: { name: string } | null;
  country: { name: string };
  article: { id: string; title: string; outlet: string; url: string | null; createdAt: Date };
  commitments: { id: string; type: string; stance: string; condition: string | null }[];
}): PublishedStatement {
  return {
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
  };
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
  const db = getDb();
  const limit = query.limit ?? 50;
  const commitmentWhere = {
    reviewState: "accepted",
    retractedAt: null,
    ...(query.type ? { type: query.type } : {}),
  };
  const found: PublishedStatement[] = [];
  let after: { createdAt: Date; id: string } | null = null;
  for (let batch = limit; found.length < limit; batch *= 4) {
    const articles: { id: string; createdAt: Date }[] = await db.article.findMany({
      where: {
        retractedAt: null,
        ...(after
          ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
          : {}),
      },
      select: { id: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: batch,
    });
    if (articles.length === 0) break;
    after = articles.at(-1)!;
    const statements = await db.statement.findMany({
      where: {
        articleId: { in: articles.map((article) => article.id) },
        ...(query.countryCode ? { countryCode: query.countryCode.toUpperCase() } : {}),
        commitments: { some: commitmentWhere },
      },
      select: STATEMENT_SELECT,
      orderBy: [{ article: { createdAt: "desc" } }, { id: "desc" }],
      take: limit - found.length,
    });
    found.push(...statements.map(toPublishedStatement));
    if (articles.length < batch) break;
  }
  return found;
}
