import { dateOf } from "@/lib/db/read-sql";

/** The article a quoted statement comes from, as the statement views show it. */
export interface StatementArticle {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: Date;
}

/** The columns of a statement's article (aliased `a` in the query), as articleOfRow reads them. */
export const ARTICLE_COLUMNS = `a."id" AS "articleId", a."title" AS "articleTitle", a."outlet" AS "outlet",
  a."url" AS "url", a."publishedOn" AS "publishedOn"`;

/** The article of a row read with ARTICLE_COLUMNS, on either engine. */
export function articleOfRow(row: Record<string, unknown>): StatementArticle {
  return {
    id: String(row.articleId),
    title: String(row.articleTitle),
    outlet: String(row.outlet),
    url: (row.url as string | null) ?? null,
    publishedOn: dateOf(row.publishedOn),
  };
}
