"use client";

import { useState } from "react";

/** Copies a text (an embed snippet, a citation) and says so where screen readers hear it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => setCopied(true));
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-xs text-slate-600 dark:text-slate-300">
        {copied ? "Copied" : ""}
      </span>
    </span>
  );
}
