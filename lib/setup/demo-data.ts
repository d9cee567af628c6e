import "server-only";
import type { Db } from "@/lib/db/client";
import { DEMO_ARTICLES, type DemoArticle } from "@/lib/demo/articles";
import { publishArticle } from "@/lib/ingest/publish-article";
import { type PublishPosition, sentenceSpan, toPublishPosition } from "@/lib/ingest/publish-position";

export type DemoDataResult =
  { status: "loaded"; articles: number; commitments: number } | { status: "skipped"; reason: string };

function toPublishPositions(article: DemoArticle, statedOn: Date): PublishPosition[] {
  return article.positions.map((position) =>
    toPublishPosition({ ...position, ...sentenceSpan(article.body, position.sentence), statedOn }),
  );
}

/** Fills an empty database with the demo articles so a newcomer sees a filled matrix. */
export async function loadDemoData(db: Db): Promise<DemoDataResult> {
  if ((await db.article.count()) > 0) return { status: "skipped", reason: "the database already has articles" };
  let commitments = 0;
  for (const article of DEMO_ARTICLES) {
    const publishedOn = new Date(`${article.published}T00:00:00Z`);
    const positions = toPublishPositions(article, publishedOn);
    await publishArticle(db, { ...article, publishedOn, positions, actorId: null });
    commitments += positions.length;
  }
  return { status: "loaded", articles: DEMO_ARTICLES.length, commitments };
}
