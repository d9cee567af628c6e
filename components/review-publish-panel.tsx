"use client";

import { useActionState } from "react";
import { publishDraftAction, type PublishFormState } from "@/app/ingest/[draftId]/actions";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { formatDay, parseIsoDay } from "@/lib/dates/iso-day";
import { initialFormState } from "@/lib/forms/form-state";
import { keepStateOnFailure, SESSION_LOST_MESSAGE } from "@/lib/forms/keep-state-on-failure";
import type { DraftPosition } from "@/lib/ingest/draft-position";
import {
  hasContradictions,
  previewPublish,
  type PublishPreviewItem,
  type StandingPosition,
} from "@/lib/ingest/publish-preview";

const publishKeepingReview = keepStateOnFailure(publishDraftAction, (): PublishFormState => ({
  status: "error",
  message: SESSION_LOST_MESSAGE,
  fieldErrors: {},
  values: {},
}));

function day(iso: string): string {
  const date = parseIsoDay(iso);
  return date ? formatDay(date) : iso;
}

function stance(key: DraftPosition["stance"]): string {
  return STANCE_INFO[key].label;
}

function describeEffect({ position, effect }: PublishPreviewItem): string {
  switch (effect.kind) {
    case "new":
      return `New in the matrix: ${stance(position.stance)}.`;
    case "confirms":
      return `Confirms ${stance(effect.standing.stance)} (standing since ${day(effect.standing.statedOn)}, ${effect.standing.outlet}).`;
    case "changes":
      return `Changes the matrix from ${stance(effect.standing.stance)} (${day(effect.standing.statedOn)}) to ${stance(position.stance)}.`;
    case "older":
      return `Older than the standing ${stance(effect.standing.stance)} of ${day(effect.standing.statedOn)}: goes into the history only, the matrix keeps the newer position.`;
    case "contradiction":
      return `Same-day contradiction: ${stance(effect.against.stance)} was also stated on ${day(effect.against.statedOn)} (${effect.against.source === "matrix" ? "in the matrix" : "in this article"}). Resolve it: change the date or the stance, or reject one.`;
  }
}

interface ReviewPublishPanelProps {
  draftId: string;
  version: number;
  positions: DraftPosition[];
  standing: StandingPosition[];
  countryNames: Map<string, string>;
  isSaving: boolean;
  isEditing: boolean;
}

/** What publishing does to the matrix, per accepted position, and the publish button. */
export function ReviewPublishPanel({
  draftId,
  version,
  positions,
  standing,
  countryNames,
  isSaving,
  isEditing,
}: ReviewPublishPanelProps) {
  const [state, publishAction, isPublishing] = useActionState(publishKeepingReview, initialFormState());
  // The action names the version field when this page is older than the saved draft.
  const isStale = Boolean(state.fieldErrors.version);
  const preview = previewPublish(positions, standing);
  const needsConfirmation = hasContradictions(preview);
  const accepted = preview.length;
  const rejected = positions.filter((p) => p.decision === "rejected").length;
  const undecided = positions.length - accepted - rejected;
  const isBlocked = isPublishing || isSaving || isEditing;

  return (
    <form
      action={publishAction}
      aria-labelledby="publish-heading"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <h2 id="publish-heading" className="text-sm font-semibold">
        Publish
      </h2>
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-700">
        {accepted} accepted, {rejected} rejected, {undecided} undecided (kept with the article as proposed, not shown in
        the matrix).
      </p>
      {preview.length > 0 ? (
        <ul className="space-y-1 text-xs" aria-label="What publishing does to the matrix" data-testid="publish-preview">
          {preview.map((item) => (
            <li
              key={item.position.id}
              data-testid="publish-effect"
              data-effect={item.effect.kind}
              data-country={item.position.country}
              data-commitment={item.position.commitment}
              className={
                item.effect.kind === "contradiction"
                  ? "rounded border border-rose-600 bg-rose-50 p-1.5 text-rose-900"
                  : "text-slate-700"
              }
            >
              <span className="font-medium">
                {countryNames.get(item.position.country) ?? item.position.country} ·{" "}
                {COMMITMENT_TYPE_INFO[item.position.commitment].label}:
              </span>{" "}
              {describeEffect(item)}
            </li>
          ))}
        </ul>
      ) : null}
      {needsConfirmation ? (
        <label className="flex items-start gap-2 text-xs text-rose-900">
          <input type="checkbox" name="confirmContradictions" className="mt-0.5" data-testid="confirm-contradictions" />
          I have checked the flagged contradictions: both positions stand as stated; publish anyway.
        </label>
      ) : null}
      <div aria-live="polite" data-testid="publish-message" className="text-sm text-rose-800">
        {state.message}
        {isStale ? (
          <>
            {" "}
            <button type="button" onClick={() => window.location.reload()} className="underline">
              Reload
            </button>
          </>
        ) : null}
      </div>
      {/* aria-disabled rather than disabled: a focused button that gets disabled drops keyboard focus. */}
      <button
        type="submit"
        aria-disabled={isBlocked}
        onClick={(event) => {
          if (isBlocked) event.preventDefault();
        }}
        className="w-full rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 aria-disabled:opacity-60"
      >
        {isPublishing
          ? "Publishing…"
          : isSaving
            ? "Saving…"
            : `Publish article with ${accepted} accepted position${accepted === 1 ? "" : "s"}`}
      </button>
    </form>
  );
}
