"use client";

import { startTransition, useCallback, useEffect, useOptimistic, useState, useTransition } from "react";
import { applyDraftChange, type DraftChange } from "@/lib/ingest/draft-position";
import type { DraftDecision, PositionEdit } from "@/lib/ingest/schema";
import type { DraftReviewState } from "@/lib/queries/get-ingest-draft";
import { decidePositionAction, keepDraftOpenAction, type ReviewSaveResult, savePositionAction } from "./actions";

// An open review checks in this often, so pruning (after 30 idle days) never removes it.
const KEEP_OPEN_INTERVAL_MS = 10 * 60 * 1000;

const CONNECTION_LOST: ReviewSaveResult = {
  status: "error",
  message:
    "The server did not answer: your session may have ended or the connection dropped. The change was not saved.",
  fieldErrors: {},
};

/**
 * The review page's draft: the state last confirmed by the server, with the editor's changes
 * applied optimistically while each one is being saved (a server action per change). Every
 * answer carries the whole saved draft and its version; the newest one wins, so this tab
 * always shows one saved state of the draft and knows its version for the publish check.
 */
export function useDraftReview(draftId: string, body: string, initial: DraftReviewState) {
  const [saved, setSaved] = useState(initial);
  const [isSaving, startSaving] = useTransition();
  const [positions, applyOptimistically] = useOptimistic(
    saved.positions,
    (current, change: DraftChange) => applyDraftChange(current, change, body).positions,
  );

  const save = useCallback(
    (change: DraftChange, send: () => Promise<ReviewSaveResult>): Promise<ReviewSaveResult> =>
      new Promise((resolve) => {
        startSaving(async () => {
          applyOptimistically(change);
          let result: ReviewSaveResult;
          try {
            result = await send();
          } catch {
            result = CONNECTION_LOST;
          }
          if (result.status === "saved") {
            const state = result.state;
            startTransition(() => setSaved((previous) => (state.version >= previous.version ? state : previous)));
          }
          resolve(result);
        });
      }),
    [applyOptimistically],
  );

  const decide = useCallback(
    (positionId: string, decision: DraftDecision) =>
      save({ kind: "decide", positionId, decision }, () => decidePositionAction({ draftId, positionId, decision })),
    [draftId, save],
  );

  const savePosition = useCallback(
    (edit: PositionEdit, decision: DraftDecision) =>
      save({ kind: "save", edit, decision }, () => savePositionAction({ draftId, position: edit, decision })),
    [draftId, save],
  );

  useEffect(() => {
    void keepDraftOpenAction(draftId).catch(() => undefined);
    const timer = window.setInterval(
      () => void keepDraftOpenAction(draftId).catch(() => undefined),
      KEEP_OPEN_INTERVAL_MS,
    );
    return () => window.clearInterval(timer);
  }, [draftId]);

  // Leaving while a change is still on its way would lose it: the browser asks first.
  useEffect(() => {
    if (!isSaving) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isSaving]);

  return { positions, version: saved.version, standing: saved.standing, isSaving, decide, savePosition };
}
