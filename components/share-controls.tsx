import { CopyButton } from "./copy-button";
import { embedSnippet } from "@/lib/sharing/embed-snippet";

export interface ShareLink {
  label: string;
  href: string;
}

export interface ViewCitation {
  /** The full citation, as text to paste into a footnote. */
  text: string;
  permalink: string;
}

const summaryClass =
  "cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
const panelClass =
  "mt-1 w-[min(36rem,90vw)] space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900";

/**
 * The ways a view leaves the tracker: its downloads and feed, an iframe snippet for an
 * embed, and a citation whose permalink pins the recorded time. Plain <details> that open
 * in the flow of the page (never over the matrix, never off screen on a narrow window), by
 * keyboard and without JavaScript (only copying needs it).
 */
export function ShareControls({
  downloads,
  embedUrl,
  citation,
}: {
  downloads: ShareLink[];
  embedUrl?: string;
  citation?: ViewCitation;
}) {
  const snippet = embedUrl ? embedSnippet(embedUrl) : null;
  return (
    <div className="flex flex-wrap items-start gap-2" data-testid="share-controls">
      <details>
        <summary className={summaryClass}>Download</summary>
        <ul className={panelClass} aria-label="Downloads">
          {downloads.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-slate-900 underline-offset-2 hover:underline dark:text-slate-100">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
      {snippet ? (
        <details>
          <summary className={summaryClass}>Embed</summary>
          <div className={panelClass}>
            <label className="block text-slate-600 dark:text-slate-300" htmlFor="embed-snippet">
              Paste this where the view should appear:
            </label>
            <textarea
              id="embed-snippet"
              readOnly
              rows={5}
              value={snippet}
              className="w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
              data-testid="embed-snippet"
            />
            <CopyButton text={snippet} label="Copy snippet" />
          </div>
        </details>
      ) : null}
      {citation ? (
        <details>
          <summary className={summaryClass}>Cite this view</summary>
          <div className={panelClass}>
            <p className="text-slate-600 dark:text-slate-300">
              The permalink shows exactly this view, as recorded now, even after corrections.
            </p>
            <p
              className="rounded bg-slate-50 p-2 text-slate-900 dark:bg-slate-800 dark:text-slate-100"
              data-testid="citation-text"
            >
              {citation.text}
            </p>
            <p>
              <a href={citation.permalink} className="break-all underline" data-testid="citation-permalink">
                {citation.permalink}
              </a>
            </p>
            <CopyButton text={citation.text} label="Copy citation" />
          </div>
        </details>
      ) : null}
    </div>
  );
}
