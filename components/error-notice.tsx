"use client";

/** What Next passes to a segment's error.tsx. */
export interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

// Per segment, what failed and what the reader can rely on; never the error's own message.
const SEGMENT_TEXT = {
  public: {
    title: "This page could not be loaded",
    explanation: "The tracker could not read its data just now. Nothing you did caused this; try again in a moment.",
  },
  ingest: {
    title: "The editorial workspace could not be loaded",
    explanation:
      "Your drafts are stored on the server and are not lost. Try again in a moment; if it keeps failing, tell an admin the reference below.",
  },
  admin: {
    title: "The admin page could not be loaded",
    explanation:
      "No account or audit record was changed. Try again in a moment; the server log has the details under the reference below.",
  },
  root: {
    title: "The tracker could not be loaded",
    explanation: "It could not read its data just now. Try again in a moment.",
  },
} as const;

/**
 * What a reader sees when a page failed on the server for a reason they did not cause (the
 * database is unreachable, a bug): a plain apology, the error's digest to quote when
 * reporting it (the server logged the details under it), and a retry.
 */
export function ErrorNotice({ segment, error, reset }: ErrorPageProps & { segment: keyof typeof SEGMENT_TEXT }) {
  const { title, explanation } = SEGMENT_TEXT[segment];
  return (
    <div className="space-y-3 py-12 text-center" data-testid="error-notice">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{explanation}</p>
      {error.digest ? <p className="text-xs text-slate-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
