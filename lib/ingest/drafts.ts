import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import type { PositionProposal } from "@/lib/extraction";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { ANALYSIS_BUSY_MESSAGE, analyseInWorker, type AnalysisResult, overBudgetMessage } from "./analysis-pool";
import { publishArticle } from "./publish-article";
import type { IngestArticleInput, ReviewedPosition } from "./schema";

/** A proposal as stored on a draft: the engine's output plus the editor's decision. */
export type DraftPosition = ReviewedPosition & { evidence: string; origin: "engine" | "editor" };

export type CreateDraftResult =
  | { status: "draft"; draftId: string }
  | { status: "open-draft"; draftId: string }
  | { status: "duplicate"; articleId: string }
  | { status: "not-analysed"; message: string };

function notAnalysed(result: Exclude<AnalysisResult<never>, { status: "done" }>): CreateDraftResult {
  return {
    status: "not-analysed",
    message: result.status === "busy" ? ANALYSIS_BUSY_MESSAGE : overBudgetMessage(result.budgetMs),
  };
}

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
 * extraction, then extracts and stores the proposals as a draft for review.
 */
export async function createIngestDraft(
  input: IngestArticleInput,
  actorId: string,
  db: Db = getDb(),
): Promise<CreateDraftResult> {
  const fingerprinted = await analyseInWorker({ kind: "fingerprint", body: input.body });
  if (fingerprinted.status !== "done") return notAnalysed(fingerprinted);
  const { fingerprint } = fingerprinted.outcome;
  const article = await db.article.findUnique({ where: { fingerprint }, select: { id: true } });
  if (article) return { status: "duplicate", articleId: article.id };
  const openDraft = await db.ingestDraft.findFirst({ where: { fingerprint, status: "open" }, select: { id: true } });
  if (openDraft) return { status: "open-draft", draftId: openDraft.id };

  const extracted = await analyseInWorker({ kind: "extract", article: input });
  if (extracted.status !== "done") return notAnalysed(extracted);
  const { proposals } = extracted.outcome;
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
  | { status: "published"; articleId: string }
  | { status: "duplicate"; articleId: string }
  | { status: "not-found" }
  | { status: "invalid"; message: string };

/**
 * Publishes a reviewed draft: the article, its statements and the commitments the editor
 * accepted (rejected ones are kept as rejected, undecided ones dropped) in one transaction
 * that also closes the draft. Publishing a draft twice, or an article that another editor
 * published meanwhile, lands on the one existing article.
 */
export async function publishDraft(
  draftId: string,
  positions: ReviewedPosition[],
  actorId: string | null,
  db: Db = getDb(),
): Promise<PublishDraftResult> {
  const draft = await db.ingestDraft.findUnique({ where: { id: draftId } });
  if (!draft) return { status: "not-found" };
  if (draft.status === "published" && draft.articleId) return { status: "duplicate", articleId: draft.articleId };

  const decided = positions.filter((position) => position.decision !== "pending");
  const outside = decided.find((position) => position.end > draft.body.length);
  if (outside) return { status: "invalid", message: "A position's evidence lies outside the article text." };
  const countries = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const unknown = decided.find((position) => !countries.has(position.country));
  if (unknown) return { status: "invalid", message: `Unknown country or actor code: ${unknown.country}` };

  const result = await publishArticle(db, {
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    publishedOn: draft.publishedOn,
    body: draft.body,
    actorId,
    positions: decided.map((position) => ({
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
      reviewState: position.decision === "accepted" ? "accepted" : "rejected",
    })),
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
