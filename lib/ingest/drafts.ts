import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { parseIsoDay, toIsoDay } from "@/lib/dates/iso-day";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
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
import { analyseInWorker } from "./analysis-pool";
import { findArticleIdByFingerprint, publishArticle } from "./publish-article";
import { toPublishPosition } from "./publish-position";
import { hasContradictions, previewPublish } from "./publish-preview";
import { type DraftDecision, type IngestArticleInput, positionEditSchema } from "./schema";

export type CreateDraftResult =
  | { status: "draft"; draftId: string }
  | { status: "open-draft"; draftId: string }
  | { status: "duplicate"; articleId: string };

/**
 * Recognises an article already published or already under review before running the
 * extraction, then extracts and stores the proposals as a draft for review. Fingerprint and
 * extraction run in the analysis worker pool, off the thread that serves pages.
 */
export async function createIngestDraft(
  input: IngestArticleInput,
  actorId: string,
  db: Db = getDb(),
): Promise<CreateDraftResult> {
  const { fingerprint } = await analyseInWorker({ kind: "fingerprint", body: input.body });
  const articleId = await findArticleIdByFingerprint(db, fingerprint);
  if (articleId) return { status: "duplicate", articleId };
  const openDraft = await db.ingestDraft.findFirst({ where: { fingerprint, status: "open" }, select: { id: true } });
  if (openDraft) return { status: "open-draft", draftId: openDraft.id };

  const { proposals } = await analyseInWorker({ kind: "extract", article: input });
  try {
    const draft = await db.ingestDraft.create({
      data: {
        title: input.title,
        outlet: input.outlet,
        url: input.url,
        publishedOn: parseIsoDay(input.published)!,
        body: input.body,
        fingerprint,
        proposals: JSON.stringify(
          proposals.map((proposal, index) => toDraftPosition(proposal, input.published, index)),
        ),
        createdById: actorId,
      },
      select: { id: true },
    });
    return { status: "draft", draftId: draft.id };
  } catch (error) {
    // The same paste sent at once (a double submit, two tabs): the database keeps one open
    // draft per article and editor (a partial unique index), and every paste lands on it.
    if (!isUniqueViolation(error)) throw error;
    const concurrent = await db.ingestDraft.findFirst({
      where: { fingerprint, createdById: actorId, status: "open" },
      select: { id: true },
    });
    if (!concurrent) throw error;
    return { status: "open-draft", draftId: concurrent.id };
  }
}

/** A saved change: the draft's new version and what the change did. */
export interface DraftSaved {
  version: number;
  outcome: Exclude<DraftChangeOutcome, { kind: "refused" }>;
}

interface OpenDraft {
  body: string;
  published: string;
  positions: DraftPosition[];
}

// Concurrent saves of one draft (two tabs, two editors) each retry on the version they lost to.
const MAX_SAVE_ATTEMPTS = 8;

/**
 * Applies one change to a draft's saved positions as a compare-and-set on its version, so
 * that concurrent saves never overwrite each other and every save bumps the version that a
 * publish is checked against. Throws AppError NOT_FOUND, DRAFT_CLOSED (published meanwhile),
 * INVALID_INPUT (the change does not fit the draft) or DRAFT_BUSY.
 */
async function changeDraft(
  draftId: string,
  makeChange: (draft: OpenDraft) => DraftChange,
  db: Db,
): Promise<DraftSaved> {
  for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
    const draft = await db.ingestDraft.findUnique({
      where: { id: draftId },
      select: { status: true, version: true, body: true, publishedOn: true, proposals: true },
    });
    if (!draft) throw new AppError("NOT_FOUND", { message: "This draft no longer exists." });
    if (draft.status !== "open") throw new AppError("DRAFT_CLOSED");
    const positions = parseStoredPositions(draft.proposals);
    const change = makeChange({ body: draft.body, published: toIsoDay(draft.publishedOn), positions });
    const applied = applyDraftChange(positions, change, draft.body);
    if (applied.outcome.kind === "refused") throw new AppError("INVALID_INPUT", { message: applied.outcome.message });
    const written = await db.ingestDraft.updateMany({
      where: { id: draftId, version: draft.version, status: "open" },
      data: { proposals: JSON.stringify(applied.positions), version: draft.version + 1 },
    });
    if (written.count === 1) return { version: draft.version + 1, outcome: applied.outcome };
  }
  throw new AppError("DRAFT_BUSY");
}

/** Saves the editor's decision on one position (accepted, rejected, or back to undecided). */
export async function decideDraftPosition(
  draftId: string,
  positionId: string,
  decision: DraftDecision,
  db: Db = getDb(),
): Promise<DraftSaved> {
  return changeDraft(draftId, () => ({ kind: "decide", positionId, decision }), db);
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
): Promise<DraftSaved> {
  return changeDraft(
    draftId,
    ({ published }) => {
      const parsed = positionEditSchema(published).safeParse(input);
      if (!parsed.success) {
        throw new AppError("INVALID_INPUT", {
          message: "Some fields need attention; nothing was saved.",
          fieldErrors: fieldErrorsOf(parsed.error),
        });
      }
      return { kind: "save", edit: parsed.data, decision };
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
  { status: "published"; articleId: string } | { status: "duplicate"; articleId: string };

class StaleDraftError extends Error {}

/**
 * Publishes a draft as saved, never as a page holds it: `version` is the draft version the
 * editor's page showed, and the publish is refused when the draft changed since. The article,
 * its statements and every position go in one transaction that also closes the draft:
 * accepted positions reach the matrix, rejected ones are kept as rejected, undecided ones
 * as `proposed` (not shown in the matrix) for an editor to come back to. Identical positions
 * are stored once. Publishing a draft twice, or an article that another editor published
 * meanwhile, lands on the one existing article. Throws AppError NOT_FOUND, STALE_DRAFT (the
 * draft changed since `version`), UNCONFIRMED_CONTRADICTION, UNKNOWN_COUNTRY and
 * EVIDENCE_OUTSIDE_ARTICLE; nothing is written then.
 */
export async function publishDraft(
  draftId: string,
  options: { version: number; confirmContradictions?: boolean },
  actorId: string | null,
  db: Db = getDb(),
): Promise<PublishDraftResult> {
  const draft = await db.ingestDraft.findUnique({ where: { id: draftId } });
  if (!draft) throw new AppError("NOT_FOUND", { message: "This draft no longer exists." });
  if (draft.status === "published" && draft.articleId) return { status: "duplicate", articleId: draft.articleId };
  if (draft.version !== options.version) throw staleDraftError();

  const positions = mergeIdenticalPositions(parseStoredPositions(draft.proposals));
  const outside = positions.find((position) => position.end > draft.body.length);
  if (outside) throw new AppError("EVIDENCE_OUTSIDE_ARTICLE");
  const countries = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const unknown = positions.find((position) => position.decision === "accepted" && !countries.has(position.country));
  if (unknown) throw new AppError("UNKNOWN_COUNTRY", { message: `Unknown country or actor code: ${unknown.country}` });
  // An undecided proposal naming no known country cannot be stored; it had nothing to come back to.
  const storable = positions.filter((position) => countries.has(position.country));

  const preview = previewPublish(storable, await getStandingPositions(storable, db));
  if (hasContradictions(preview) && !options.confirmContradictions) throw new AppError("UNCONFIRMED_CONTRADICTION");

  try {
    const result = await publishArticle(db, {
      title: draft.title,
      outlet: draft.outlet,
      url: draft.url,
      publishedOn: draft.publishedOn,
      body: draft.body,
      actorId,
      positions: storable.map((position) =>
        toPublishPosition({
          ...position,
          statedOn: parseIsoDay(position.statedOn)!,
          proposalEdited: position.edited,
          reviewState:
            position.decision === "accepted" ? "accepted" : position.decision === "rejected" ? "rejected" : "proposed",
        }),
      ),
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
      select: { status: true, articleId: true },
    });
    if (now?.status === "published" && now.articleId) return { status: "duplicate", articleId: now.articleId };
    throw staleDraftError();
  }
}

// The page's version is the field at fault: the form shows the reload offer beside it.
function staleDraftError(): AppError {
  return new AppError("STALE_DRAFT", { fieldErrors: { version: ["This page is older than the saved draft."] } });
}
