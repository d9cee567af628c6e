import "server-only";
import { getDb } from "@/lib/db/client";
import type { LabelledArticle } from "@/lib/extraction/training";

/**
 * Published articles as labelled examples for `npm run train -- --with-decisions`: what
 * editors accepted (as proposed, edited or added by hand) is a position on its statement's
 * sentence; what they rejected is left out of the labels, so the engine's candidate there
 * becomes a negative example. Retracted articles and commitments are left out.
 */
export async function getEditorTrainingArticles(): Promise<LabelledArticle[]> {
  const articles = await getDb().article.findMany({
    where: {
      retractedAt: null,
      statements: { some: { commitments: { some: { reviewState: { in: ["accepted", "rejected"] } } } } },
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedOn: true,
      body: true,
      statements: {
        select: {
          sentence: true,
          commitments: {
            where: { reviewState: "accepted", retractedAt: null },
            select: { countryCode: true, type: true, stance: true },
          },
        },
      },
    },
  });
  return articles.map((a) => ({
    id: `editors-${a.id}`,
    batch: "editors",
    article: { title: a.title, outlet: a.outlet, published: a.publishedOn.toISOString().slice(0, 10), body: a.body },
    gold: a.statements.flatMap((s) =>
      s.commitments.map((c) => ({
        country: c.countryCode,
        commitment: c.type,
        stance: c.stance,
        evidence: s.sentence,
      })),
    ),
  }));
}
