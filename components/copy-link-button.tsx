"use client";

import { useState } from "react";

/** Copies the page's address, which holds the whole view (filters, dates, sort). */
export function CopyLinkButton() {
  const [status, setStatus] = useState("");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setStatus("Link copied");
          } catch {
            setStatus(`Copy this address: ${window.location.href}`);
          }
        }}
      >
        Copy link
      </button>
      <span
        role="status"
        aria-live="polite"
        className="text-xs text-slate-600 dark:text-slate-300"
        data-testid="copy-status"
      >
        {status}
      </span>
    </span>
  );
}
