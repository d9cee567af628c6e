"use client";

import { useActionState, useCallback, useEffect, useMemo, useState } from "react";
import { publishDraftAction } from "@/app/ingest/actions";
import { COMMITMENT_TYPE_INFO, type CommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { keepStateOnFailure, SESSION_LOST_MESSAGE } from "@/lib/forms/keep-state-on-failure";
import type { DraftPosition } from "@/lib/ingest/drafts";
import { ReviewedPositionSchema } from "@/lib/ingest/schema";
import { StanceBadge } from "./stance-badge";
import { CommitmentTypeOptions, StanceOptions } from "./taxonomy-options";

export interface ReviewSentence {
  start: number;
  end: number;
  text: string;
}

interface ReviewWorkspaceProps {
  draftId: string;
  body: string;
  published: string;
  sentences: ReviewSentence[];
  initialPositions: DraftPosition[];
  countries: { code: string; name: string }[];
}

const SHORTCUTS = [
  ["a", "accept"],
  ["r", "reject"],
  ["e", "edit"],
  ["j / ↓", "next"],
  ["k / ↑", "previous"],
] as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

// The decisions live in this component's state: a refused publish must not lose them.
const publishKeepingDecisions = keepStateOnFailure(publishDraftAction, (): FormState => ({
  status: "error",
  message: SESSION_LOST_MESSAGE,
  fieldErrors: {},
  values: {},
}));

/** The publish refusal's issues, one line per position and field (`positions.2.condition`). */
function describeIssues(fieldErrors: FormState["fieldErrors"]): string[] {
  return Object.entries(fieldErrors).flatMap(([path, messages]) => {
    const index = /^positions\.(\d+)/.exec(path)?.[1];
    const where = index === undefined ? "" : `Position ${Number(index) + 1}: `;
    return (messages ?? []).map((message) => `${where}${message}`);
  });
}

export function ReviewWorkspace({
  draftId,
  body,
  published,
  sentences,
  initialPositions,
  countries,
}: ReviewWorkspaceProps) {
  const [positions, setPositions] = useState<DraftPosition[]>(initialPositions);
  const [current, setCurrent] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [publishState, publishAction, isPublishing] = useActionState(publishKeepingDecisions, initialFormState());
  const countryNames = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);

  const update = useCallback((index: number, change: Partial<DraftPosition>) => {
    setPositions((list) => list.map((position, i) => (i === index ? { ...position, ...change } : position)));
  }, []);

  const decide = useCallback(
    (index: number, decision: DraftPosition["decision"]) => {
      if (!positions[index]) return;
      update(index, { decision });
      setEditing(null);
      setCurrent(Math.min(index + 1, positions.length - 1));
    },
    [positions, update],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || editing !== null || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "a") decide(current, "accepted");
      else if (event.key === "r") decide(current, "rejected");
      else if (event.key === "e" && positions[current]) setEditing(current);
      else if (event.key === "j" || event.key === "ArrowDown") setCurrent((i) => Math.min(i + 1, positions.length - 1));
      else if (event.key === "k" || event.key === "ArrowUp") setCurrent((i) => Math.max(i - 1, 0));
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [current, decide, editing, positions]);

  useEffect(() => {
    document.querySelector(`[data-position-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  function onSentenceClick(sentence: ReviewSentence) {
    if (editing !== null) {
      // While editing, a click on a sentence moves the evidence there.
      update(editing, { start: sentence.start, end: sentence.end, evidence: sentence.text });
      return;
    }
    const added: DraftPosition = {
      country: "",
      commitment: "troops",
      stance: "committed",
      condition: null,
      speaker: null,
      start: sentence.start,
      end: sentence.end,
      evidence: sentence.text,
      statedOn: published,
      confidence: null,
      cues: [],
      decision: "pending",
      origin: "editor",
    };
    setPositions((list) => [...list, added]);
    setCurrent(positions.length);
    setEditing(positions.length);
  }

  const active = positions[current];
  const accepted = positions.filter((p) => p.decision === "accepted").length;
  const rejected = positions.filter((p) => p.decision === "rejected").length;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <section aria-label="Article text" className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="mb-2 text-xs text-slate-500">
          Highlighted sentences carry proposals.{" "}
          {editing !== null
            ? "Click a sentence to move the evidence there."
            : "Click any sentence to add a position the engine missed."}
        </p>
        <div className="whitespace-pre-wrap text-[15px] leading-7 text-slate-800" data-testid="article-text">
          {renderBody(body, sentences, positions, active, onSentenceClick)}
        </div>
      </section>

      <section aria-label="Proposals" className="space-y-3">
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-xs text-slate-600">
          <p className="font-medium text-slate-800">Keyboard</p>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {SHORTCUTS.map(([key, action]) => (
              <li key={key}>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">{key}</kbd> {action}
              </li>
            ))}
          </ul>
        </div>
        {positions.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">
            The engine found no position in this article. Click a sentence to add one, or publish the article without
            positions.
          </p>
        ) : null}
        <ol className="max-h-[70vh] space-y-3 overflow-y-auto pr-1">
          {positions.map((position, index) => (
            <li key={index} data-position-index={index}>
              {editing === index ? (
                <PositionEditor
                  position={position}
                  countries={countries}
                  onCancel={() => {
                    if (position.origin === "editor" && !position.country) {
                      setPositions((list) => list.filter((_, i) => i !== index));
                      setCurrent(Math.max(0, index - 1));
                    }
                    setEditing(null);
                  }}
                  onSave={(edited) => {
                    update(index, { ...edited, decision: "accepted" });
                    setEditing(null);
                  }}
                />
              ) : (
                <PositionCard
                  position={position}
                  countryName={countryNames.get(position.country) ?? position.country}
                  isCurrent={index === current}
                  onSelect={() => setCurrent(index)}
                  onAccept={() => decide(index, "accepted")}
                  onReject={() => decide(index, "rejected")}
                  onEdit={() => {
                    setCurrent(index);
                    setEditing(index);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
        <form action={publishAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <input type="hidden" name="draftId" value={draftId} />
          <input type="hidden" name="positions" value={JSON.stringify(positions)} />
          <p className="text-sm text-slate-600">
            {accepted} accepted, {rejected} rejected, {positions.length - accepted - rejected} undecided (not
            published).
          </p>
          <div aria-live="polite" data-testid="publish-message" className="text-sm text-rose-700">
            {publishState.message}
            {describeIssues(publishState.fieldErrors).length > 0 ? (
              <ul className="mt-1 list-disc pl-5" data-testid="publish-issues">
                {describeIssues(publishState.fieldErrors).map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button
            type="submit"
            disabled={isPublishing || editing !== null}
            className="w-full rounded bg-emerald-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {isPublishing
              ? "Publishing…"
              : `Publish article with ${accepted} accepted position${accepted === 1 ? "" : "s"}`}
          </button>
        </form>
      </section>
    </div>
  );
}

function renderBody(
  body: string,
  sentences: ReviewSentence[],
  positions: DraftPosition[],
  active: DraftPosition | undefined,
  onClick: (sentence: ReviewSentence) => void,
) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    if (sentence.start > cursor) parts.push(body.slice(cursor, sentence.start));
    const carried = positions.filter(
      (p) => p.start < sentence.end && p.end > sentence.start && p.decision !== "rejected",
    );
    const isActive = active ? active.start < sentence.end && active.end > sentence.start : false;
    parts.push(
      <span
        key={sentence.start}
        role="button"
        tabIndex={-1}
        data-sentence-start={sentence.start}
        onClick={() => onClick(sentence)}
        className={`cursor-pointer rounded-sm ${isActive ? "bg-amber-200 ring-1 ring-amber-400" : carried.length > 0 ? "bg-amber-100" : "hover:bg-slate-100"}`}
      >
        {body.slice(sentence.start, sentence.end)}
      </span>,
    );
    cursor = sentence.end;
  }
  if (cursor < body.length) parts.push(body.slice(cursor));
  return parts;
}

function PositionCard({
  position,
  countryName,
  isCurrent,
  onSelect,
  onAccept,
  onReject,
  onEdit,
}: {
  position: DraftPosition;
  countryName: string;
  isCurrent: boolean;
  onSelect: () => void;
  onAccept: () => void;
  onReject: () => void;
  onEdit: () => void;
}) {
  const decisionClass =
    position.decision === "accepted"
      ? "border-emerald-400"
      : position.decision === "rejected"
        ? "border-slate-200 opacity-60"
        : "border-slate-200";
  return (
    <article
      onClick={onSelect}
      aria-current={isCurrent ? "true" : undefined}
      data-testid="proposal"
      data-country={position.country}
      data-commitment={position.commitment}
      data-decision={position.decision}
      className={`rounded-lg border-2 bg-white p-3 text-sm ${decisionClass} ${isCurrent ? "ring-2 ring-sky-400" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{countryName}</span>
        <span className="text-slate-600">{COMMITMENT_TYPE_INFO[position.commitment].label}</span>
        <StanceBadge stance={position.stance} />
        {position.decision !== "pending" ? (
          <span className="ml-auto text-xs font-medium uppercase text-slate-500">{position.decision}</span>
        ) : null}
      </div>
      {position.condition ? <p className="mt-1 text-slate-700">Condition: {position.condition}</p> : null}
      <p className="mt-1 text-xs text-slate-500">
        {position.speaker ? `Speaker: ${position.speaker} · ` : ""}
        {position.confidence !== null ? `confidence ${Math.round(position.confidence * 100)}%` : "added by editor"}
      </p>
      {position.cues.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Cue words">
          {position.cues.map((cue) => (
            <li key={cue} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
              {cue}
            </li>
          ))}
        </ul>
      ) : null}
      <blockquote className="mt-2 border-l-2 border-slate-300 pl-2 text-xs text-slate-600">
        {position.evidence}
      </blockquote>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={onAccept} className="rounded bg-emerald-700 px-2 py-1 text-xs text-white">
          Accept
        </button>
        <button type="button" onClick={onEdit} className="rounded border border-slate-300 px-2 py-1 text-xs">
          Edit
        </button>
        <button
          type="button"
          onClick={onReject}
          className="rounded border border-rose-300 px-2 py-1 text-xs text-rose-800"
        >
          Reject
        </button>
      </div>
    </article>
  );
}

function PositionEditor({
  position,
  countries,
  onSave,
  onCancel,
}: {
  position: DraftPosition;
  countries: { code: string; name: string }[];
  onSave: (edited: Partial<DraftPosition>) => void;
  onCancel: () => void;
}) {
  const [country, setCountry] = useState(position.country);
  const [commitment, setCommitment] = useState<CommitmentType>(position.commitment);
  const [stance, setStance] = useState<Stance>(position.stance);
  const [condition, setCondition] = useState(position.condition ?? "");
  const [speaker, setSpeaker] = useState(position.speaker ?? "");
  const [error, setError] = useState<string | null>(null);
  const selectClass = "rounded border border-slate-300 px-2 py-1 text-sm";

  function save() {
    // The schema the publish action applies, so the editor refuses exactly what publishing would.
    const parsed = ReviewedPositionSchema.safeParse({ ...position, country, commitment, stance, condition, speaker });
    if (!parsed.success) return setError(parsed.error.issues.map((issue) => issue.message).join(" "));
    const edited = parsed.data;
    onSave({
      country: edited.country,
      commitment: edited.commitment,
      stance: edited.stance,
      condition: edited.condition,
      speaker: edited.speaker,
    });
  }

  return (
    <div className="space-y-2 rounded-lg border-2 border-sky-400 bg-white p-3 text-sm" data-testid="position-editor">
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium">Country or actor</span>
        <select value={country} onChange={(e) => setCountry(e.target.value)} className={selectClass} autoFocus>
          <option value="">Choose…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium">Commitment</span>
          <select
            value={commitment}
            onChange={(e) => setCommitment(e.target.value as CommitmentType)}
            className={selectClass}
          >
            <CommitmentTypeOptions />
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium">Stance</span>
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)} className={selectClass}>
            <StanceOptions />
          </select>
        </label>
      </div>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium">
          Condition {stance === "conditional" ? "(required)" : "(only for conditional)"}
        </span>
        <input value={condition} onChange={(e) => setCondition(e.target.value)} className={selectClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium">Speaker</span>
        <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} className={selectClass} />
      </label>
      <p className="text-xs text-slate-600">
        Evidence (click another sentence in the article to move it): <q>{position.evidence}</q>
      </p>
      <p aria-live="polite" className="text-xs text-rose-700">
        {error}
      </p>
      <div className="flex gap-2">
        <button type="button" onClick={save} className="rounded bg-emerald-700 px-2 py-1 text-xs text-white">
          Save and accept
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-2 py-1 text-xs">
          Cancel
        </button>
      </div>
    </div>
  );
}
