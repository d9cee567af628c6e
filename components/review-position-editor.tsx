"use client";

import { type KeyboardEvent, type Ref, useId, useState } from "react";
import { z } from "zod";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { todayIsoDay } from "@/lib/dates/iso-day";
import { type PositionEdit, type PositionEditField, positionEditSchema } from "@/lib/ingest/schema";
import { CompactField } from "./compact-field";
import { CommitmentTypeOptions, StanceOptions } from "./taxonomy-options";
import { quoteSentence } from "@/lib/text/quote";

export type PositionEditorValues = Omit<PositionEdit, "start" | "end">;
export type PositionFieldErrors = Partial<Record<PositionEditField, string[]>>;

interface ReviewPositionEditorProps {
  initial: PositionEditorValues;
  evidence: { start: number; end: number; text: string };
  published: string;
  isNew: boolean;
  countries: { code: string; name: string }[];
  /** Errors the server returned for the last attempt to save these values. */
  serverErrors: PositionFieldErrors;
  chooseSentenceRef: Ref<HTMLButtonElement>;
  onSave: (edit: PositionEdit) => void;
  onCancel: () => void;
  /** Moves focus into the article to pick another evidence sentence. */
  onChooseSentence: () => void;
}

/** The form for one position: every field, checked with the schema the server checks it with. */
export function ReviewPositionEditor({
  initial,
  evidence,
  published,
  isNew,
  countries,
  serverErrors,
  chooseSentenceRef,
  onSave,
  onCancel,
  onChooseSentence,
}: ReviewPositionEditorProps) {
  const [country, setCountry] = useState(initial.country);
  const [commitment, setCommitment] = useState<CommitmentType>(initial.commitment);
  const [stance, setStance] = useState<Stance>(initial.stance);
  const [condition, setCondition] = useState(initial.condition ?? "");
  const [speaker, setSpeaker] = useState(initial.speaker ?? "");
  const [statedOn, setStatedOn] = useState(initial.statedOn);
  const [errors, setErrors] = useState<PositionFieldErrors>(serverErrors);
  const id = useId();
  const inputClass =
    "rounded border border-slate-400 px-2 py-1 text-sm aria-invalid:border-rose-600 focus-visible:outline-2 focus-visible:outline-sky-700";
  const latestDay = published < todayIsoDay() ? published : todayIsoDay();

  function save() {
    const parsed = positionEditSchema(published).safeParse({
      id: initial.id,
      country,
      commitment,
      stance,
      condition,
      speaker,
      start: evidence.start,
      end: evidence.end,
      statedOn,
    });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setErrors({});
    onSave(parsed.data);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  function fieldProps(field: PositionEditField) {
    const message = errors[field]?.[0];
    return {
      "aria-invalid": message ? true : undefined,
      "aria-describedby": message ? `${id}-${field}-error` : undefined,
    } as const;
  }

  function fieldError(field: PositionEditField) {
    const message = errors[field]?.[0];
    return (
      <span id={`${id}-${field}-error`} data-testid={`editor-${field}-error`} className="text-xs text-rose-700">
        {message}
      </span>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      className="space-y-2 rounded-lg border-2 border-sky-600 bg-white p-3 text-sm"
      data-testid="position-editor"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {isNew ? "Add a position" : "Edit the position"}
        <span className="sr-only"> (Esc cancels)</span>
      </h3>
      <CompactField label="Country or actor">
        <select
          value={country}
          onChange={(e) => setCountry(e.target.value)}
          className={inputClass}
          autoFocus
          {...fieldProps("country")}
        >
          <option value="">Choose…</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
        {fieldError("country")}
      </CompactField>
      <div className="grid grid-cols-2 gap-2">
        <CompactField label="Commitment">
          <select
            value={commitment}
            onChange={(e) => setCommitment(e.target.value as CommitmentType)}
            className={inputClass}
          >
            <CommitmentTypeOptions />
          </select>
        </CompactField>
        <CompactField label="Stance">
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)} className={inputClass}>
            <StanceOptions />
          </select>
        </CompactField>
      </div>
      <CompactField label={<>Condition {stance === "conditional" ? "(required)" : "(only for conditional)"}</>}>
        <input
          value={condition}
          onChange={(e) => setCondition(e.target.value)}
          className={inputClass}
          {...fieldProps("condition")}
        />
        {fieldError("condition")}
      </CompactField>
      <div className="grid grid-cols-2 gap-2">
        <CompactField label="Speaker">
          <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} className={inputClass} />
        </CompactField>
        <CompactField label="Statement date">
          <input
            type="date"
            value={statedOn}
            max={latestDay}
            onChange={(e) => setStatedOn(e.target.value)}
            className={inputClass}
            {...fieldProps("statedOn")}
          />
          {fieldError("statedOn")}
        </CompactField>
      </div>
      <div className="text-xs text-slate-700">
        <p>
          Evidence: <span data-testid="editor-evidence">{quoteSentence(evidence.text)}</span>
        </p>
        {fieldError("start")}
        <button
          type="button"
          ref={chooseSentenceRef}
          onClick={onChooseSentence}
          className="mt-1 rounded border border-slate-400 px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          Choose another sentence
        </button>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={save}
          className="rounded bg-emerald-700 px-2 py-1 text-xs text-white focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          Save and accept
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-400 px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-sky-700"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
