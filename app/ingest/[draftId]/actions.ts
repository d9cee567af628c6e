"use server";

import { redirect } from "next/navigation";
import { AuthError, requireUser } from "@/lib/auth/session";
import type { DraftChangeOutcome } from "@/lib/ingest/draft-position";
import {
  decideDraftPosition,
  type DraftSaveResult,
  keepDraftOpen,
  publishDraft,
  saveDraftPosition,
} from "@/lib/ingest/drafts";
import {
  DecidePositionSchema,
  type DraftDecision,
  type PositionEditField,
  PublishDraftSchema,
} from "@/lib/ingest/schema";
import { type DraftReviewState, getDraftReviewState } from "@/lib/queries/get-ingest-draft";

/** What every save on the review page answers: the draft as now saved, or why nothing was. */
export type ReviewSaveResult =
  | { status: "saved"; state: DraftReviewState; outcome: Exclude<DraftChangeOutcome, { kind: "refused" }> }
  | {
      status: "error";
      message: string;
      fieldErrors?: Partial<Record<PositionEditField, string[]>>;
      /** Set when the draft was published meanwhile: the page links to the article. */
      articleId?: string | null;
    };

async function toReviewSaveResult(draftId: string, result: DraftSaveResult): Promise<ReviewSaveResult> {
  switch (result.status) {
    case "saved": {
      const state = await getDraftReviewState(draftId);
      if (!state) return { status: "error", message: "This draft no longer exists." };
      return { status: "saved", state, outcome: result.outcome };
    }
    case "invalid":
      return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
    case "not-found":
      return { status: "error", message: "This draft no longer exists." };
    case "closed":
      return {
        status: "error",
        message: "This article has been published meanwhile; its decisions can no longer change here.",
        articleId: result.articleId,
      };
    case "busy":
      return { status: "error", message: "The draft is being changed from elsewhere right now; try again." };
  }
}

async function checkEditor(): Promise<string | ReviewSaveResult> {
  try {
    return (await requireUser("editor")).id;
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message };
    throw error;
  }
}

/** Saves one decision (accept, reject, undecided) as soon as the editor makes it. */
export async function decidePositionAction(input: {
  draftId: string;
  positionId: string;
  decision: DraftDecision;
}): Promise<ReviewSaveResult> {
  const editor = await checkEditor();
  if (typeof editor !== "string") return editor;
  const parsed = DecidePositionSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: "That decision could not be read; reload the page." };
  const { draftId, positionId, decision } = parsed.data;
  return toReviewSaveResult(draftId, await decideDraftPosition(draftId, positionId, decision));
}

/** Saves an edited position or one added by hand (validated against the article's date). */
export async function savePositionAction(input: {
  draftId: string;
  position: unknown;
  decision: DraftDecision;
}): Promise<ReviewSaveResult> {
  const editor = await checkEditor();
  if (typeof editor !== "string") return editor;
  const parsed = DecidePositionSchema.pick({ draftId: true, decision: true }).safeParse(input);
  if (!parsed.success) return { status: "error", message: "That change could not be read; reload the page." };
  const { draftId, decision } = parsed.data;
  return toReviewSaveResult(draftId, await saveDraftPosition(draftId, input.position, decision));
}

/** Called by an open review page, so that pruning never removes a draft under review. */
export async function keepDraftOpenAction(draftId: string): Promise<boolean> {
  const editor = await checkEditor();
  if (typeof editor !== "string" || typeof draftId !== "string") return false;
  return keepDraftOpen(draftId);
}

export interface PublishFormState {
  message: string | null;
  /** The draft changed after this page last saved: the page offers a reload. */
  isStale: boolean;
}

/** Publishes the draft as saved; refused when the page's view is out of date. Safe to resubmit. */
export async function publishDraftAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  let user;
  try {
    user = await requireUser("editor");
  } catch (error) {
    if (error instanceof AuthError) return { message: error.message, isStale: false };
    throw error;
  }
  const parsed = PublishDraftSchema.safeParse({
    draftId: formData.get("draftId"),
    version: formData.get("version"),
    confirmContradictions: formData.get("confirmContradictions"),
  });
  if (!parsed.success)
    return { message: "The review could not be read; reload the page and try again.", isStale: false };
  const { draftId, version, confirmContradictions } = parsed.data;
  const result = await publishDraft(draftId, { version, confirmContradictions }, user.id);
  switch (result.status) {
    case "not-found":
      return { message: "This draft no longer exists.", isStale: false };
    case "invalid":
      return { message: result.message, isStale: false };
    case "stale":
      return {
        message:
          "Not published: this draft was changed in another tab or by another editor after this page last saved, so this page does not show the decisions that would be published. Reload to see them, then publish.",
        isStale: true,
      };
    case "contradictions":
      return {
        message: `Not published: ${result.count === 1 ? "a position contradicts" : `${result.count} positions contradict`} another stated the same day. Resolve ${result.count === 1 ? "it" : "them"} (change the date or stance, or reject), or confirm that both stand.`,
        isStale: false,
      };
    case "published":
    case "duplicate":
      redirect(`/articles/${result.articleId}?${result.status === "published" ? "published=1" : "duplicate=1"}`);
  }
}
