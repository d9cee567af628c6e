"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import { readFormFields } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { parseInput } from "@/lib/forms/parse-input";
import { runSessionAction, UNEXPECTED_ERROR_MESSAGE } from "@/lib/forms/run-form-action";
import type { DraftChangeOutcome } from "@/lib/ingest/draft-position";
import {
  decideDraftPosition,
  type DraftSaved,
  keepDraftOpen,
  publishDraft,
  saveDraftPosition,
} from "@/lib/ingest/drafts";
import { DecidePositionSchema, type DraftDecision, PublishDraftSchema } from "@/lib/ingest/schema";
import { logger } from "@/lib/log/logger";
import { type DraftReviewState, getDraftReviewState } from "@/lib/queries/get-ingest-draft";

/** What every save on the review page answers: the draft as now saved, or why nothing was. */
export type ReviewSaveResult =
  | { status: "saved"; state: DraftReviewState; outcome: Exclude<DraftChangeOutcome, { kind: "refused" }> }
  | { status: "error"; message: string; fieldErrors: FieldErrors };

/**
 * The review page's saves are called with plain values (not forms), so they answer a save
 * result rather than a FormState; errors follow the app's one model all the same: an
 * AppError is shown as it is, anything else is logged and shown generically.
 */
async function runReviewSave(draftId: string, save: () => Promise<DraftSaved>): Promise<ReviewSaveResult> {
  try {
    await requireUser("editor");
    const saved = await save();
    const state = await getDraftReviewState(draftId);
    if (!state) throw new AppError("NOT_FOUND", { message: "This draft no longer exists." });
    return { status: "saved", state, outcome: saved.outcome };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    logger.error({ err: error }, "review save failed");
    return { status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: {} };
  }
}

/** Saves one decision (accept, reject, undecided) as soon as the editor makes it. */
export async function decidePositionAction(input: {
  draftId: string;
  positionId: string;
  decision: DraftDecision;
}): Promise<ReviewSaveResult> {
  const draftId = typeof input?.draftId === "string" ? input.draftId : "";
  return runReviewSave(draftId, async () => {
    const { positionId, decision } = parseInput(DecidePositionSchema, input, "That decision could not be read.");
    return decideDraftPosition(draftId, positionId, decision);
  });
}

/** Saves an edited position or one added by hand (validated against the article's date). */
export async function savePositionAction(input: {
  draftId: string;
  position: unknown;
  decision: DraftDecision;
}): Promise<ReviewSaveResult> {
  const draftId = typeof input?.draftId === "string" ? input.draftId : "";
  return runReviewSave(draftId, async () => {
    const { decision } = parseInput(DecidePositionSchema.pick({ draftId: true, decision: true }), input);
    return saveDraftPosition(draftId, input.position, decision);
  });
}

/** Called by an open review page, so that pruning never removes a draft under review. */
export async function keepDraftOpenAction(draftId: string): Promise<boolean> {
  try {
    await requireUser("editor");
    return typeof draftId === "string" && (await keepDraftOpen(draftId));
  } catch (error) {
    unstable_rethrow(error);
    if (!(error instanceof AppError)) logger.error({ err: error }, "keeping a draft open failed");
    return false;
  }
}

type PublishField = "draftId" | "version" | "confirmContradictions";

/**
 * The publish form's state; `fieldErrors.version` says the page is older than the saved
 * draft (the form then offers a reload).
 */
export type PublishFormState = FormState<PublishField>;

/** Publishes the draft as saved; refused when the page's view is out of date. Safe to resubmit. */
export async function publishDraftAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  const fields = readFormFields<PublishField>(formData, ["draftId", "version", "confirmContradictions"]);
  return runSessionAction("editor", {}, async (user) => {
    const input = parseInput(
      PublishDraftSchema,
      fields,
      "The review could not be read; reload the page and try again.",
    );
    const result = await publishDraft(
      input.draftId,
      { version: input.version, confirmContradictions: input.confirmContradictions },
      user.id,
    );
    redirect(`/articles/${result.articleId}?${result.status === "published" ? "published=1" : "duplicate=1"}`);
  });
}
