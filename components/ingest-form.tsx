"use client";

import { useActionState, useEffect, useRef } from "react";
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

/** The fields in the order of the form, with the names the error summary gives them. */
const FIELD_LABELS = {
  title: "Title",
  outlet: "Outlet",
  published: "Publication date",
  url: "URL",
  body: "Article text",
} as const;

export function IngestForm({ today }: { today: string }) {
  const [state, formAction, isPending] = useActionState(submitWithinLimits, EMPTY_INGEST_FORM);
  const { values, fieldErrors } = state;
  const summaryRef = useRef<HTMLDivElement>(null);
  const refused = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter(
    (field) => fieldErrors[field]?.length,
  );
  // A refused submit takes the focus to the summary, which names each field to fix (links to them);
  // without it the focus fell back to the page's body.
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div
        ref={summaryRef}
        tabIndex={-1}
        data-testid="error-summary"
        className={
          state.message
            ? `space-y-2 rounded border p-3 text-sm outline-offset-2 focus:outline-2 focus:outline-rose-700 ${state.status === "error" ? "border-rose-300 bg-rose-50 text-rose-900" : "border-sky-300 bg-sky-50 text-sky-900"}`
            : ""
        }
      >
        <p
          id="form-message"
          aria-live="polite"
          data-testid="form-message"
          className={refused.length ? "font-semibold" : ""}
        >
          {state.message}
        </p>
        {state.status === "error" && refused.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5">
            {refused.map((field) => (
              <li key={field}>
                <a href={`#${field}`} className="underline">
                  {FIELD_LABELS[field]}: {fieldErrors[field]![0]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
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
