"use client";

import type { Ref } from "react";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { formatDay, parseIsoDay } from "@/lib/dates/iso-day";
import type { DraftPosition } from "@/lib/ingest/draft-position";
import { StanceBadge } from "./stance-badge";

const DECISION_LABEL: Record<DraftPosition["decision"], string> = {
  pending: "undecided",
  accepted: "accepted",
  rejected: "rejected",
};

function formatIsoDay(day: string): string {
  const date = parseIsoDay(day);
  return date ? formatDay(date) : day;
}

/** The spoken summary of a proposal, also used by the page's announcements. */
export function describePosition(position: DraftPosition, countryName: string): string {
  return `${countryName || "No country yet"}, ${COMMITMENT_TYPE_INFO[position.commitment].label}, ${STANCE_INFO[position.stance].label}`;
}

interface ReviewProposalCardProps {
  position: DraftPosition;
  countryName: string;
  published: string;
  isCurrent: boolean;
  cardRef: Ref<HTMLElement>;
  onFocus: () => void;
  onAccept: () => void;
  onReject: () => void;
  onEdit: () => void;
}

export function ReviewProposalCard({
  position,
  countryName,
  published,
  isCurrent,
  cardRef,
  onFocus,
  onAccept,
  onReject,
  onEdit,
}: ReviewProposalCardProps) {
  const decisionClass =
    position.decision === "accepted"
      ? "border-emerald-600"
      : position.decision === "rejected"
        ? "border-slate-300 bg-slate-50"
        : "border-slate-200";
  const buttonClass = "rounded px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-sky-700";
  return (
    <article
      ref={cardRef}
      tabIndex={0}
      onFocus={onFocus}
      aria-label={`${describePosition(position, countryName)}: ${DECISION_LABEL[position.decision]}`}
      aria-current={isCurrent ? "true" : undefined}
      data-testid="proposal"
      data-position-id={position.id}
      data-country={position.country}
      data-commitment={position.commitment}
      data-decision={position.decision}
      className={`rounded-lg border-2 bg-white p-3 text-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-700 ${decisionClass} ${isCurrent ? "ring-2 ring-sky-500" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{countryName}</span>
        <span className="text-slate-700">{COMMITMENT_TYPE_INFO[position.commitment].label}</span>
        <StanceBadge stance={position.stance} />
        <span className="ml-auto text-xs font-medium uppercase text-slate-600" data-testid="decision">
          {DECISION_LABEL[position.decision]}
        </span>
      </div>
      {position.condition ? <p className="mt-1 text-slate-700">Condition: {position.condition}</p> : null}
      <p className="mt-1 text-xs text-slate-600">
        <span data-testid="stated-on">Stated on {formatIsoDay(position.statedOn)}</span>
        {position.statedOn !== published ? ` (the article is of ${formatIsoDay(published)})` : ""}
        {" · "}
        {position.speaker ? `Speaker: ${position.speaker} · ` : ""}
        {position.confidence !== null ? `confidence ${Math.round(position.confidence * 100)}%` : "added by editor"}
      </p>
      {position.confidence !== null && position.explanation.length > 0 ? (
        <details className="mt-1 text-xs text-slate-600" data-testid="explanation">
          <summary className="cursor-pointer">Why {Math.round(position.confidence * 100)}%</summary>
          {/* The engine's named features (lib/extraction/confidence.ts), added to a base of 50%. */}
          <ul className="mt-1 list-disc pl-5" aria-label="What the confidence is made of">
            <li>base 0.50</li>
            {position.explanation.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {position.cues.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Cue words">
          {position.cues.map((cue) => (
            <li key={cue} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
              {cue}
            </li>
          ))}
        </ul>
      ) : null}
      <blockquote className="mt-2 border-l-2 border-slate-300 pl-2 text-xs text-slate-700">
        {position.evidence}
      </blockquote>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          onClick={onAccept}
          aria-pressed={position.decision === "accepted"}
          className={`${buttonClass} bg-emerald-700 text-white`}
        >
          Accept
        </button>
        <button type="button" onClick={onEdit} className={`${buttonClass} border border-slate-400`}>
          Edit
        </button>
        <button
          type="button"
          onClick={onReject}
          aria-pressed={position.decision === "rejected"}
          className={`${buttonClass} border border-rose-400 text-rose-800`}
        >
          Reject
        </button>
      </div>
    </article>
  );
}
