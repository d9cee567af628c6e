import "server-only";
import { z } from "zod";
import { type Db, getDb } from "@/lib/db/client";
import { parseIsoDay, toIsoDay } from "@/lib/dates/iso-day";
import { extractPositions } from "@/lib/extraction";
import { getStandingPositions } from "@/lib/queries/get-standing-positions";
import {
  applyDraftChange,
  type DraftChange,
  type DraftChangeOutcome,
  type DraftPosition,
  mergeIdenticalPositions,
  parseStoredPositions,
  toDraftPosition,
} from "./draft-position";
import { fingerprintArticle } from "./fingerprint";
import { publishArticle } from "./publish-article";
import { hasContradictions, previewPublish } from "./publish-preview";
import { type DraftDecision, type IngestArticleInput, type PositionEditField, positionEditSchema } from "./schema";

export type CreateDraftResult =
  | { status: "draft"; draftId: string }
  | { status: "open-draft"; draftId: string }
  | { status: "duplicate"; articleId: string };

/**
 * Recognises an article already published or already under review before running the
 * extraction, then extracts and stores the proposals as a draft for review.
 */
export async function createIngestDraft(
  input: IngestArticleInput,
  actorId: string,
  db: Db = getDb(),
): Promise<CreateDraftResult> {
  const fingerprint = fingerprintArticle(input.body);
  const article = await db.article.findUnique({ where: { fingerprint }, select: { id: true } });
  if (article) return { status: "duplicate", articleId: article.id };
  const openDraft = await db.ingestDraft.findFirst({ where: { fingerprint, status: "open" }, select: { id: true } });
  if (openDraft) return { status: "open-draft", draftId: openDraft.id };

  const proposals = extractPositions({ ...input, body: input.body });
  const draft = await db.ingestDraft.create({
    data: {
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      publishedOn: parseIsoDay(input.published)!,
      body: input.body,
      fingerprint,
      proposals: JSON.stringify(proposals.map((proposal, index) => toDraftPosition(proposal, input.published, index))),
      createdById: actorId,
    },
    select: { id: true },
  });
  return { status: "draft", draftId: draft.id };
}

export type DraftSaveResult =
  | { status: "saved"; version: number; outcome: Exclude<DraftChangeOutcome, { kind: "refused" }> }
  | { status: "invalid"; message: string; fieldErrors: Partial<Record<PositionEditField, string[]>> }
  | { status: "not-found" }
  /** Published (or being published) meanwhile: decisions can no longer change. */
  | { status: "closed"; articleId: string | null }
  /** Other saves kept winning the race; nothing was written. */
  | { status: "busy" };

interface OpenDraft {
  body: string;
  published: string;
  positions: DraftPosition[];
}

type ChangeRequest =
  { change: DraftChange } | { invalid: { message: string; fieldErrors: Partial<Record<PositionEditField, string[]>> } };

// Concurrent saves of one draft (two tabs, two editors) each retry on the version they lost to.
const MAX_SAVE_ATTEMPTS = 8;

/**
 * Applies one change to a draft's saved positions as a compare-and-set on its version, so
 * that concurrent saves never overwrite each other and every save bumps the version that a
 * publish is checked against.
 */
async function changeDraft(
  draftId: string,
  makeChange: (draft: OpenDraft) => ChangeRequest,
  db: Db,
): Promise<DraftSaveResult> {
  for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
    const draft = await db.ingestDraft.findUnique({
      where: { id: draftId },
      select: { status: true, articleId: true, version: true, body: true, publishedOn: true, proposals: true },
    });
    if (!draft) return { status: "not-found" };
    if (draft.status !== "open") return { status: "closed", articleId: draft.articleId };
    const positions = parseStoredPositions(draft.proposals);
    const request = makeChange({ body: draft.body, published: toIsoDay(draft.publishedOn), positions });
    if ("invalid" in request) return { status: "invalid", ...request.invalid };
    const applied = applyDraftChange(positions, request.change, draft.body);
    if (applied.outcome.kind === "refused")
      return { status: "invalid", message: applied.outcome.message, fieldErrors: {} };
    const written = await db.ingestDraft.updateMany({
      where: { id: draftId, version: draft.version, status: "open" },
      data: { proposals: JSON.stringify(applied.positions), version: draft.version + 1 },
    });
    if (written.count === 1) return { status: "saved", version: draft.version + 1, outcome: applied.outcome };
  }
  return { status: "busy" };
}

/** Saves the editor's decision on one position (accepted, rejected, or back to undecided). */
export async function decideDraftPosition(
  draftId: string,
  positionId: string,
  decision: DraftDecision,
  db: Db = getDb(),
): Promise<DraftSaveResult> {
  return changeDraft(draftId, () => ({ change: { kind: "decide", positionId, decision } }), db);
}

/**
 * Saves an edited position, or one added by hand (an id the draft does not have), checked
 * against the draft's article date. A position identical to another one is merged into it.
 */
export async function saveDraftPosition(
  draftId: string,
  input: unknown,
  decision: DraftDecision,
  db: Db = getDb(),
): Promise<DraftSaveResult> {
  return changeDraft(
    draftId,
    ({ published }) => {
      const parsed = positionEditSchema(published).safeParse(input);
      if (!parsed.success) {
        return {
          invalid: {
            message: "Some fields need attention; nothing was saved.",
            fieldErrors: z.flattenError(parsed.error).fieldErrors,
          },
        };
      }
      return { change: { kind: "save", edit: parsed.data, decision } };
    },
    db,
  );
}

/**
 * Marks a draft as in use without changing it: the review page calls this while it is open,
 * so `npm run drafts:prune` (which removes drafts untouched for 30 days) never takes one from
 * under an editor.
 */
export async function keepDraftOpen(draftId: string, db: Db = getDb()): Promise<boolean> {
  const touched = await db.ingestDraft.updateMany({
    where: { id: draftId, status: "open" },
    data: { updatedAt: new Date() },
  });
  return touched.count === 1;
}

export type PublishDraftResult =
  | { status: "published"; articleId: string }
  | { status: "duplicate"; articleId: string }
  | { status: "not-found" }
  /** The draft changed after the editor's page last saw it: nothing was published. */
  | { status: "stale"; version: number }
  /** Same-day contradictions the editor has not confirmed: nothing was published. */
  | { status: "contradictions"; count: number }
  | { status: "invalid"; message: string };

class StaleDraftError extends Error {}

/**
 * Publishes a draft as saved, never as a page holds it: `version` is the draft version the
 * editor's page showed, and the publish is refused when the draft changed since. The article,
 * its statements and every position go in one transaction that also closes the draft:
 * accepted positions reach the matrix, rejected ones are kept as rejected, undecided ones
 * as `proposed` (not shown in the matrix) for an editor to come back to. Identical positions
 * are stored once. Publishing a draft twice, or an article that another editor published
 * meanwhile, lands on the one existing article.
 */
export async function publishDraft(
  draftId: string,
  options: { version: number; confirmContradictions?: boolean },
  actorId: string | null,
  db: Db = getDb(),
): Promise<PublishDraftResult> {
  const draft = await db.ingestDraft.findUnique({ where: { id: draftId } });
  if (!draft) return { status: "not-found" };
  if (draft.status === "published" && draft.articleId) return { status: "duplicate", articleId: draft.articleId };
  if (draft.version !== options.version) return { status: "stale", version: draft.version };

  const positions = mergeIdenticalPositions(parseStoredPositions(draft.proposals));
  const outside = positions.find((position) => position.end > draft.body.length);
  if (outside) return { status: "invalid", message: "A position's evidence lies outside the article text." };
  const countries = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const unknown = positions.find((position) => position.decision === "accepted" && !countries.has(position.country));
  if (unknown) return { status: "invalid", message: `Unknown country or actor code: ${unknown.country}` };
  // An undecided proposal naming no known country cannot be stored; it had nothing to come back to.
  const storable = positions.filter((position) => countries.has(position.country));

  const preview = previewPublish(storable, await getStandingPositions(storable, db));
  if (hasContradictions(preview) && !options.confirmContradictions) {
    return { status: "contradictions", count: preview.filter((item) => item.effect.kind === "contradiction").length };
  }

  try {
    const result = await publishArticle(db, {
      title: draft.title,
      outlet: draft.outlet,
      url: draft.url,
      publishedOn: draft.publishedOn,
      body: draft.body,
      actorId,
      positions: storable.map((position) => ({
        country: position.country,
        commitment: position.commitment,
        stance: position.stance,
        condition: position.stance === "conditional" ? position.condition : null,
        speaker: position.speaker,
        start: position.start,
        end: position.end,
        statedOn: parseIsoDay(position.statedOn)!,
        confidence: position.confidence,
        cues: position.cues,
        reviewState:
          position.decision === "accepted" ? "accepted" : position.decision === "rejected" ? "rejected" : "proposed",
      })),
      onCreated: async (tx, articleId) => {
        // The compare-and-set that makes the version check hold against a save racing this publish.
        const closed = await tx.ingestDraft.updateMany({
          where: { id: draftId, version: options.version, status: "open" },
          data: { status: "published", articleId },
        });
        if (closed.count !== 1) throw new StaleDraftError();
      },
    });
    if (result.status === "duplicate") {
      await db.ingestDraft.update({
        where: { id: draftId },
        data: { status: "published", articleId: result.articleId },
      });
      return { status: "duplicate", articleId: result.articleId };
    }
    return { status: "published", articleId: result.articleId };
  } catch (error) {
    if (!(error instanceof StaleDraftError)) throw error;
    const now = await db.ingestDraft.findUnique({
      where: { id: draftId },
      select: { status: true, articleId: true, version: true },
    });
    if (now?.status === "published" && now.articleId) return { status: "duplicate", articleId: now.articleId };
    return { status: "stale", version: now?.version ?? options.version };
  }
}
