import "server-only";
import { getDb } from "@/lib/db/client";
import type { DraftPosition } from "@/lib/ingest/drafts";
import { toIsoDay } from "@/lib/dates/iso-day";
import { ARTICLE_TEXT_SELECT } from "./get-article";

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
    select: { ...ARTICLE_TEXT_SELECT, status: true, articleId: true, proposals: true },
  });
  if (!draft) return null;
  const { publishedOn, proposals, ...fields } = draft;
  return { ...fields, published: toIsoDay(publishedOn), positions: JSON.parse(proposals) as DraftPosition[] };
}
