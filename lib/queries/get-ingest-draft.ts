import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/iso-day";
import { type DraftPosition, parseStoredPositions } from "@/lib/ingest/draft-position";
import type { StandingPosition } from "@/lib/ingest/publish-preview";
import { getStandingPositions } from "./get-standing-positions";
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
  version: number;
  positions: DraftPosition[];
}

/** What the review page holds of a draft and every save returns: one consistent snapshot. */
export interface DraftReviewState {
  version: number;
  positions: DraftPosition[];
  /** The positions standing today for the draft's countries and types, for the publish preview. */
  standing: StandingPosition[];
}

/** A draft for the review page, or null when there is none with that id. */
export async function getIngestDraft(id: string, db: Db = getDb()): Promise<IngestDraftView | null> {
  const draft = await db.ingestDraft.findUnique({
    where: { id },
    select: {
      ...ARTICLE_TEXT_SELECT,
      status: true,
      articleId: true,
      version: true,
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
    version: draft.version,
    positions: parseStoredPositions(draft.proposals),
  };
}

/** The saved decisions of a draft with the standing positions they would change, or null. */
export async function getDraftReviewState(id: string, db: Db = getDb()): Promise<DraftReviewState | null> {
  const draft = await db.ingestDraft.findUnique({ where: { id }, select: { version: true, proposals: true } });
  if (!draft) return null;
  const positions = parseStoredPositions(draft.proposals);
  return { version: draft.version, positions, standing: await getStandingPositions(positions, db) };
}
