import "server-only";
import { getDb } from "@/lib/db/client";
import type { DraftPosition } from "@/lib/ingest/drafts";
import { toIsoDay } from "@/lib/dates/iso-day";

export interface IngestDraftView {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  published: string;
  body: string;
  status: string;
  articleId: string | null;
  positions: DraftPosition[];
}

/** A draft for the review page, or null when there is none with that id. */
export async function getIngestDraft(id: string): Promise<IngestDraftView | null> {
  const draft = await getDb().ingestDraft.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedOn: true,
      body: true,
      status: true,
      articleId: true,
      proposals: true,
    },
  });
  if (!draft) return null;
  return {
    id: draft.id,
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    published: toIsoDay(draft.publishedOn),
    body: draft.body,
    status: draft.status,
    articleId: draft.articleId,
    positions: JSON.parse(draft.proposals) as DraftPosition[],
  };
}
