"use client";

import { useActionState } from "react";
import {
  correctCommitmentAction,
  type CorrectionFormState,
  retractArticleAction,
  retractCommitmentAction,
} from "@/app/articles/[id]/actions";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { readFormFields } from "@/lib/forms/form-data";
import { initialFormState } from "@/lib/forms/form-state";
import { keepStateOnFailure, SESSION_LOST_MESSAGE } from "@/lib/forms/keep-state-on-failure";
import { CorrectCommitmentSchema, RetractSchema } from "@/lib/ingest/schema";
import { CompactField } from "./compact-field";
import { CommitmentTypeOptions, StanceOptions } from "./taxonomy-options";

function keepingValues(
  action: (state: CorrectionFormState, formData: FormData) => Promise<CorrectionFormState>,
  fields: readonly string[],
) {
  return keepStateOnFailure(action, (_state, formData): CorrectionFormState => ({
    status: "error",
    message: SESSION_LOST_MESSAGE,
    fieldErrors: {},
    values: readFormFields(formData, fields),
  }));
}

const correctKeepingValues = keepingValues(correctCommitmentAction, CorrectCommitmentSchema.keyof().options);
const retractCommitmentKeepingValues = keepingValues(retractCommitmentAction, RetractSchema.keyof().options);
const retractArticleKeepingValues = keepingValues(retractArticleAction, RetractSchema.keyof().options);

const INITIAL: CorrectionFormState = initialFormState();
const control = "rounded border border-slate-300 px-2 py-1 text-sm";

function StatusLine({ state, testId }: { state: CorrectionFormState; testId: string }) {
  return (
    <p
      aria-live="polite"
      data-testid={testId}
      className={`text-xs ${state.status === "error" ? "text-rose-700" : "text-emerald-800"}`}
    >
      {state.message}
    </p>
  );
}

/** A field's errors from the last refusal, where its control's aria-describedby points. */
function FieldErrorText({ state, name, id }: { state: CorrectionFormState; name: string; id: string }) {
  return (
    <span id={`${id}-${name}-error`} aria-live="polite" className="text-xs text-rose-700">
      {state.fieldErrors[name]?.join(" ")}
    </span>
  );
}

/** What a control of a refused field says about itself: invalid, and where its errors are. */
function invalidity(state: CorrectionFormState, name: string, id: string) {
  return { "aria-invalid": Boolean(state.fieldErrors[name]?.length), "aria-describedby": `${id}-${name}-error` };
}

function NoteField({ state, id }: { state: CorrectionFormState; id: string }) {
  return (
    <CompactField label="Why (required, goes into the audit log)">
      <input
        name="note"
        defaultValue={state.values.note ?? ""}
        className={control}
        {...invalidity(state, "note", id)}
      />
      <FieldErrorText state={state} name="note" id={id} />
    </CompactField>
  );
}

/**
 * React resets a form after its action and a select takes its default only at mount: the key
 * remounts it whenever the value to show changes, so a refused choice stays chosen.
 */
function KeptSelect({ name, value, children }: { name: string; value: string; children: React.ReactNode }) {
  return (
    <select key={`${name}-${value}`} name={name} defaultValue={value} className={control}>
      {children}
    </select>
  );
}

export function CorrectCommitmentForm({
  commitment,
}: {
  commitment: { id: string; countryCode: string; type: CommitmentType; stance: Stance; condition: string | null };
}) {
  const [state, action, isPending] = useActionState(correctKeepingValues, INITIAL);
  const formId = `correct-${commitment.id}`;
  return (
    <details className="mt-2 text-sm" data-testid={`correct-${commitment.id}`}>
      <summary className="cursor-pointer text-xs text-slate-600">Correct or retract</summary>
      <form action={action} className="mt-2 grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-2">
        <input type="hidden" name="commitmentId" value={commitment.id} />
        <CompactField label="Country code">
          <input
            name="country"
            defaultValue={state.values.country ?? commitment.countryCode}
            className={control}
            {...invalidity(state, "country", formId)}
          />
          <FieldErrorText state={state} name="country" id={formId} />
        </CompactField>
        <CompactField label="Commitment">
          <KeptSelect name="commitment" value={state.values.commitment ?? commitment.type}>
            <CommitmentTypeOptions />
          </KeptSelect>
        </CompactField>
        <CompactField label="Stance">
          <KeptSelect name="stance" value={state.values.stance ?? commitment.stance}>
            <StanceOptions />
          </KeptSelect>
        </CompactField>
        <CompactField label="Condition">
          <input
            name="condition"
            defaultValue={state.values.condition ?? commitment.condition ?? ""}
            className={control}
            {...invalidity(state, "condition", formId)}
          />
          <FieldErrorText state={state} name="condition" id={formId} />
        </CompactField>
        <div className="sm:col-span-2">
          <NoteField state={state} id={formId} />
        </div>
        <div className="flex items-center gap-2 sm:col-span-2">
          <button type="submit" disabled={isPending} className="rounded bg-slate-900 px-2 py-1 text-xs text-white">
            Save correction
          </button>
          <StatusLine state={state} testId="correction-status" />
        </div>
      </form>
      <RetractForm
        action={retractCommitmentKeepingValues}
        id={commitment.id}
        noteId={`retract-${commitment.id}`}
        label="Retract this position"
        buttonClassName="rounded border border-rose-400 px-2 py-1 text-xs text-rose-800"
        testId="retraction-status"
      />
    </details>
  );
}

export function RetractArticleForm({ articleId }: { articleId: string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-xs text-rose-800">Retract the whole article</summary>
      <RetractForm
        action={retractArticleKeepingValues}
        id={articleId}
        noteId="retract-article"
        label="Retract article"
        buttonClassName="rounded bg-rose-700 px-2 py-1 text-xs text-white"
        testId="article-retraction-status"
      />
    </details>
  );
}

/** A retraction: the id of what is retracted, the required note, and the outcome. */
function RetractForm({
  action,
  id,
  noteId,
  label,
  buttonClassName,
  testId,
}: {
  action: (state: CorrectionFormState, formData: FormData) => Promise<CorrectionFormState>;
  id: string;
  noteId: string;
  label: string;
  buttonClassName: string;
  testId: string;
}) {
  const [state, formAction, isPending] = useActionState(action, INITIAL);
  return (
    <form action={formAction} className="mt-2 space-y-2 rounded border border-rose-200 p-2">
      <input type="hidden" name="id" value={id} />
      <NoteField state={state} id={noteId} />
      <div className="flex items-center gap-2">
        <button type="submit" disabled={isPending} className={buttonClassName}>
          {label}
        </button>
        <StatusLine state={state} testId={testId} />
      </div>
    </form>
  );
}
