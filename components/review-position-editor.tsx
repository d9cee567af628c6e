"use client";

import { type KeyboardEvent, type Ref, useId, useState } from "react";
import { z } from "zod";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { todayIsoDay } from "@/lib/dates/iso-day";
import { type PositionEdit, type PositionEditField, positionEditSchema } from "@/lib/ingest/schema";
import { type ReviewGroupScope, UNNAMED_OFFICIALS } from "@/lib/ingest/review-groups";
import { CompactField } from "./compact-field";
import { CommitmentTypeOptions, StanceOptions } from "./taxonomy-options";
import { quoteSentence } from "@/lib/text/quote";

export type PositionEditorValues = Omit<PositionEdit, "start" | "end" | "commitment" | "stance"> & {
  /** Blank on a position added by hand: the editor chooses them, no default could publish a false pledge. */
  commitment: CommitmentType | "";
  stance: Stance | "";
};
export type PositionFieldErrors = Partial<Record<PositionEditField, string[]>>;

/** Which fields of a saved proposal the editor also applies to the others of its sentence or paragraph. */
export interface GroupApply {
  scope: ReviewGroupScope;
  fields: GroupField[];
}
type GroupField = "speaker" | "statedOn" | "stance";
const GROUP_FIELD_LABELS: Record<GroupField, string> = { speaker: "speaker", statedOn: "date", stance: "stance" };
const GROUP_FIELD_CHOICES: GroupField[][] = [
  ["speaker", "statedOn"],
  ["speaker"],
  ["statedOn"],
  ["stance"],
  ["speaker", "statedOn", "stance"],
];

/** "Its speaker and date" */
function describeGroupFields(fields: readonly GroupField[]): string {
  const names = fields.map((field) => GROUP_FIELD_LABELS[field]);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return `Its ${listed}`;
}

interface ReviewPositionEditorProps {
  initial: PositionEditorValues;
  /** How many other proposals share the sentence and the paragraph (an edit may apply to them too). */
  groupSizes: Record<ReviewGroupScope, number>;
  evidence: { start: number; end: number; text: string };
  published: string;
  isNew: boolean;
  countries: { code: string; name: string }[];
  /** Errors the server returned for the last attempt to save these values. */
  serverErrors: PositionFieldErrors;
  chooseSentenceRef: Ref<HTMLButtonElement>;
  onSave: (edit: PositionEdit, applyTo: GroupApply | null) => void;
  onCancel: () => void;
  /** Moves focus into the article to pick another evidence sentence. */
  onChooseSentence: () => void;
}

/** The form for one position: every field, checked with the schema the server checks it with. */
export function ReviewPositionEditor({
  initial,
  groupSizes,
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
  const [commitment, setCommitment] = useState<CommitmentType | "">(initial.commitment);
  const [stance, setStance] = useState<Stance | "">(initial.stance);
  const [groupScope, setGroupScope] = useState<ReviewGroupScope | "">("");
  const [groupFields, setGroupFields] = useState<GroupField[]>(["speaker", "statedOn"]);
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
    onSave(parsed.data, groupScope && groupFields.length > 0 ? { scope: groupScope, fields: groupFields } : null);
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
            {...fieldProps("commitment")}
          >
            {commitment === "" ? <option value="">Choose…</option> : null}
            <CommitmentTypeOptions />
          </select>
          {fieldError("commitment")}
        </CompactField>
        <CompactField label="Stance">
          <select
            value={stance}
            onChange={(e) => setStance(e.target.value as Stance)}
            className={inputClass}
            {...fieldProps("stance")}
          >
            {stance === "" ? <option value="">Choose…</option> : null}
            <StanceOptions />
          </select>
          {fieldError("stance")}
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
        <div className="flex flex-col gap-1">
          <CompactField label="Speaker">
            <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} className={inputClass} />
          </CompactField>
          {/* The statement names no one: its speakers are the country's officials, not whoever the article names nearby. */}
          <button
            type="button"
            onClick={() => setSpeaker(UNNAMED_OFFICIALS)}
            aria-pressed={speaker === UNNAMED_OFFICIALS}
            className="self-start rounded border border-slate-400 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-sky-700 aria-pressed:bg-slate-200"
          >
            Unnamed officials
          </button>
        </div>
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
      {!isNew && groupSizes.paragraph > 0 ? (
        <fieldset className="space-y-1 rounded border border-slate-300 p-2 text-xs" data-testid="apply-to-group">
          <legend className="px-1 font-medium">Also apply to the other proposals</legend>
          {/* Labels beside, not around, the selects: a wrapping label's name would take in the options' words. */}
          <label htmlFor={`${id}-group-scope`} className="block">
            Which ones
          </label>
          <select
            id={`${id}-group-scope`}
            value={groupScope}
            onChange={(e) => setGroupScope(e.target.value as ReviewGroupScope | "")}
            className={inputClass}
          >
            <option value="">None: this proposal only</option>
            {groupSizes.sentence > 0 ? (
              <option value="sentence">
                The {groupSizes.sentence} other{groupSizes.sentence === 1 ? "" : "s"} from this sentence
              </option>
            ) : null}
            <option value="paragraph">
              The {groupSizes.paragraph} other{groupSizes.paragraph === 1 ? "" : "s"} from this paragraph
            </option>
          </select>
          {/* A select, not checkboxes: their labels would repeat the fields' own ("Speaker", "Stance"). */}
          <label htmlFor={`${id}-group-fields`} className="block">
            What
          </label>
          <select
            id={`${id}-group-fields`}
            value={groupFields.join(",")}
            disabled={groupScope === ""}
            onChange={(e) => setGroupFields(e.target.value.split(",") as GroupField[])}
            className={inputClass}
          >
            {GROUP_FIELD_CHOICES.map((fields) => (
              <option key={fields.join(",")} value={fields.join(",")}>
                {describeGroupFields(fields)}
              </option>
            ))}
          </select>
        </fieldset>
      ) : null}
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
