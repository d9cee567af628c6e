import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import type { PositionProposal } from "@/lib/extraction";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { AppError } from "@/lib/errors/app-error";
import { analyseInWorker } from "./analysis-pool";
import { findArticleIdByFingerprint, publishArticle } from "./publish-article";
import { toPublishPosition } from "./publish-position";
import type { IngestArticleInput, ReviewedPosition } from "./schema";

/** A proposal as stored on a draft: the engine's output plus the editor's decision. */
export type DraftPosition = ReviewedPosition & { evidence: string; origin: "engine" | "editor" };

export type CreateDraftResult =
  | { status: "draft"; draftId: string }
  | { status: "open-draft"; draftId: string }
  | { status: "duplicate"; articleId: string };

export function toDraftPosition(proposal: PositionProposal, published: string): DraftPosition {
  return {
    country: proposal.country,
    commitment: proposal.commitment,
    stance: proposal.stance,
    condition: proposal.condition,
    speaker: proposal.speaker,
    start: proposal.start,
    end: proposal.end,
    evidence: proposal.evidence,
    statedOn: proposal.statedOn ?? published,
    confidence: proposal.confidence,
    cues: proposal.cues,
    decision: "pending",
    origin: "engine",
  };
}

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
  const draft = await db.ingestDraft.create({
    data: {
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      publishedOn: parseIsoDay(input.published)!,
      body: input.body,
      fingerprint,
      proposals: JSON.stringify(proposals.map((proposal) => toDraftPosition(proposal, input.published))),
      createdById: actorId,
    },
    select: { id: true },
  });
  return { status: "draft", draftId: draft.id };
}

export type PublishDraftResult =
  { status: "published"; articleId: string } | { status: "duplicate"; articleId: string };

/**
 * Publishes a reviewed draft: the article, its statements and the commitments the editor
 * accepted (rejected ones are kept as rejected, undecided ones dropped) in one transaction
 * that also closes the draft. Publishing a draft twice, or an article that another editor
 * published meanwhile, lands on the one existing article. Throws AppError NOT_FOUND for a
 * draft that is gone, EVIDENCE_OUTSIDE_ARTICLE and UNKNOWN_COUNTRY for a review that cannot
 * be published as it stands.
 */
export async function publishDraft(
  draftId: string,
  positions: ReviewedPosition[],
  actorId: string | null,
  db: Db = getDb(),
): Promise<PublishDraftResult> {
  const draft = await db.ingestDraft.findUnique({ where: { id: draftId } });
  if (!draft) throw new AppError("NOT_FOUND", { message: "This draft no longer exists." });
  if (draft.status === "published" && draft.articleId) return { status: "duplicate", articleId: draft.articleId };

  const decided = positions.filter((position) => position.decision !== "pending");
  const outside = decided.find((position) => position.end > draft.body.length);
  if (outside) throw new AppError("EVIDENCE_OUTSIDE_ARTICLE");
  const countries = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const unknown = decided.find((position) => !countries.has(position.country));
  if (unknown) throw new AppError("UNKNOWN_COUNTRY", { message: `Unknown country or actor code: ${unknown.country}` });

  const result = await publishArticle(db, {
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    publishedOn: draft.publishedOn,
    body: draft.body,
    actorId,
    positions: decided.map((position) =>
      toPublishPosition({
        ...position,
        statedOn: parseIsoDay(position.statedOn)!,
        reviewState: position.decision === "accepted" ? "accepted" : "rejected",
      }),
    ),
    onCreated: async (tx, articleId) => {
      await tx.ingestDraft.update({
        where: { id: draftId },
        data: { status: "published", articleId, proposals: JSON.stringify(positions) },
      });
    },
  });
  if (result.status === "duplicate") {
    await db.ingestDraft.update({ where: { id: draftId }, data: { status: "published", articleId: result.articleId } });
    return { status: "duplicate", articleId: result.articleId };
  }
  return { status: "published", articleId: result.articleId };
}
