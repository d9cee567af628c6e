"use client";

import { REVIEW_KEYS, REVIEW_SHORTCUTS } from "@/lib/ingest/review-keys";

/** The keyboard help, always visible, with the switch for the single-letter shortcuts. */
export function ReviewShortcutsPanel({
  areShortcutsOn,
  onToggle,
}: {
  areShortcutsOn: boolean;
  onToggle: (areOn: boolean) => void;
}) {
  const kbd = "rounded border border-slate-400 bg-slate-50 px-1 font-mono";
  return (
    <section
      aria-labelledby="review-keyboard-heading"
      className="rounded-lg border border-slate-200 bg-white p-3 text-xs"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="review-keyboard-heading" className="font-medium text-slate-800">
          Keyboard
        </h2>
        <label className="flex items-center gap-1.5 text-slate-700">
          <input
            type="checkbox"
            checked={areShortcutsOn}
            onChange={(event) => onToggle(event.target.checked)}
            data-testid="shortcuts-toggle"
          />
          Single-key shortcuts
        </label>
      </div>
      <ul className="mt-1 space-y-0.5 text-slate-700" aria-label="Keys that always work">
        {REVIEW_KEYS.map(({ keys, description }) => (
          <li key={keys}>
            <kbd className={kbd}>{keys}</kbd> {description}
          </li>
        ))}
      </ul>
      <ul
        className={`mt-1 space-y-0.5 ${areShortcutsOn ? "text-slate-700" : "text-slate-600 line-through"}`}
        aria-label={areShortcutsOn ? "Single-key shortcuts (on)" : "Single-key shortcuts (off)"}
        data-testid="shortcut-list"
      >
        {REVIEW_SHORTCUTS.map(({ key, description }) => (
          <li key={key}>
            <kbd className={kbd}>{key}</kbd> {description}
          </li>
        ))}
      </ul>
    </section>
  );
}
