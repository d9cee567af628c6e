"use client";

/**
 * What a reader sees when a page failed on the server for a reason they did not cause (the
 * database is unreachable, a bug): a plain apology, the error's digest to quote when
 * reporting it (the server logged the details under it), and a retry.
 */
export function ErrorNotice({
  title,
  explanation,
  digest,
  onRetry,
}: {
  title: string;
  explanation: string;
  digest?: string;
  onRetry: () => void;
}) {
  return (
    <div className="space-y-3 py-12 text-center" data-testid="error-notice">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{explanation}</p>
      {digest ? <p className="text-xs text-slate-500">Reference: {digest}</p> : null}
      <button type="button" onClick={onRetry} className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
