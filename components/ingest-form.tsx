"use client";

import { useActionState } from "react";
import { submitArticleAction } from "@/app/ingest/actions";
import { keepStateOnFailure, SESSION_LOST_MESSAGE } from "@/lib/forms/keep-state-on-failure";
import { EMPTY_INGEST_FORM, type IngestFormState, readIngestValues } from "@/lib/ingest/form-state";
import { oversizedBodyMessage } from "@/lib/ingest/schema";
import { FormField } from "./form-field";

const inputClass =
  "rounded border border-slate-300 px-2 py-1.5 text-sm aria-[invalid=true]:border-rose-500 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-rose-300";

const submitKeepingValues = keepStateOnFailure(submitArticleAction, (_state, formData) => ({
  status: "error" as const,
  message: SESSION_LOST_MESSAGE,
  fieldErrors: {},
  values: readIngestValues(formData),
}));

// An oversized paste is refused here, before it is sent: the server refuses bodies of several
// megabytes before the action runs, which the editor would see as a lost session.
async function submitWithinLimits(state: IngestFormState, formData: FormData): Promise<IngestFormState> {
  const values = readIngestValues(formData);
  const oversized = oversizedBodyMessage(values.body);
  if (oversized) return { status: "error", message: oversized, fieldErrors: { body: [oversized] }, values };
  return submitKeepingValues(state, formData);
}

export function IngestForm({ today }: { today: string }) {
  const [state, formAction, isPending] = useActionState(submitWithinLimits, EMPTY_INGEST_FORM);
  const { values, fieldErrors } = state;
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div
        aria-live="polite"
        data-testid="form-message"
        className={
          state.message
            ? `rounded border p-3 text-sm ${state.status === "error" ? "border-rose-300 bg-rose-50 text-rose-900" : "border-sky-300 bg-sky-50 text-sky-900"}`
            : ""
        }
      >
        {state.message}
      </div>
      <FormField id="title" label="Title" errors={fieldErrors.title}>
        {(props) => <input {...props} name="title" defaultValue={values.title} className={inputClass} />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="outlet" label="Outlet" errors={fieldErrors.outlet}>
          {(props) => <input {...props} name="outlet" defaultValue={values.outlet} className={inputClass} />}
        </FormField>
        <FormField id="published" label="Publication date" errors={fieldErrors.published}>
          {(props) => (
            <input
              {...props}
              name="published"
              type="date"
              max={today}
              defaultValue={values.published}
              className={inputClass}
            />
          )}
        </FormField>
      </div>
      <FormField id="url" label="URL (optional)" errors={fieldErrors.url}>
        {(props) => (
          <input {...props} name="url" type="url" inputMode="url" defaultValue={values.url} className={inputClass} />
        )}
      </FormField>
      <FormField id="body" label="Article text" hint="Up to 200 KB of plain text." errors={fieldErrors.body}>
        {(props) => (
          <textarea {...props} name="body" rows={16} defaultValue={values.body} className={`${inputClass} font-mono`} />
        )}
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {isPending ? "Extracting…" : state.status === "confirm-fields" ? "Confirm and extract" : "Extract positions"}
      </button>
    </form>
  );
}
