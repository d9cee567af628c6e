import Link from "next/link";
import { CellPreview } from "@/components/cell-preview";
import { MatrixControls } from "@/components/matrix-controls";
import { MatrixGrid } from "@/components/matrix-grid";
import { StanceLegend } from "@/components/stance-legend";
import { StanceMark } from "@/components/stance-mark";
import { TapToPreview } from "@/components/tap-to-preview";
import { formatDay, todayIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, isCommitmentType } from "@/lib/domain/taxonomy";
import { changedCellKey, packMatrixGrid } from "@/lib/positions/matrix-grid-data";
import type { MatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { countryPath } from "@/lib/reference/countries";
import { changesPageHref, pageOfChanges } from "@/lib/view-state/changes-page";
import { dayQueryOf, matrixQueryOf, type MatrixView } from "@/lib/view-state/view-params";
import { ViewHeader } from "@/components/view-header";
import { SKIP_LINK_CLASS } from "@/components/site-header";
import { matrixAnswer } from "@/lib/positions/matrix-answer";
import { quoteSentence } from "@/lib/text/quote";

/** The matrix for one URL state; `/` renders it (see app/page.tsx). */
export function MatrixPageBody({
  view,
  shown,
  changesPage = 1,
  toolbar,
  pinnedNote,
  earliestRecord,
}: {
  view: MatrixView;
  /** The day of the earliest record (YYYY-MM-DD), the first day a view can show anything. */
  earliestRecord: string | null;
  /** What the view shows (getMatrixOfView): its rows in order and its changes since `since`. */
  shown: MatrixOfView;
  /** With `since`: the page of the changes' list to show (`changes=`; lib/view-state/changes-page.ts). */
  changesPage?: number;
  /** The view's Download, Embed and Cite controls. */
  toolbar?: React.ReactNode;
  /** A cited view (`v=`): the note saying what the tracker showed then and what changed since. */
  pinnedNote?: React.ReactNode;
}) {
  const { matrix, changes } = shown;
  const rows = matrix.rows;
  const changed = new Set(changes.map((change) => changedCellKey(change.countryCode, change.type)));
  // Every changed cell is marked in the grid; the list, each change with its quote, a page at a time.
  const listed = pageOfChanges(changes, changesPage);
  const viewQuery = matrixQueryOf(view);
  const dayQuery = dayQueryOf(view.asOf, view.isToday);
  const when = view.isToday ? "today" : `as of ${formatDay(new Date(`${view.asOf}T00:00:00Z`))}`;
  const grid = packMatrixGrid(rows, matrix.types, changed);
  // Sorted by a type, the view is about that type: the answer speaks of it first.
  const answerTypes = isCommitmentType(view.sort) && matrix.types.includes(view.sort) ? [view.sort] : matrix.types;
  const answer = rows.length > 0 ? matrixAnswer(grid.counts, answerTypes, when) : null;
  const emptyMessage =
    earliestRecord === null
      ? "Nothing has been recorded yet."
      : view.asOf < earliestRecord
        ? `Records start on ${formatDay(new Date(`${earliestRecord}T00:00:00Z`))}: nothing was recorded before that day. Choose a later date.`
        : "No positions match these filters; clear some of them to see more.";

  return (
    <div className="space-y-4" data-dark-ready>
      {rows.length > 0 ? (
        <a href="#matrix-first-row" className={SKIP_LINK_CLASS}>
          Skip to the table
        </a>
      ) : null}
      {pinnedNote}
      <ViewHeader alignEnd toolbar={toolbar}>
        <h1 className="text-2xl font-semibold tracking-tight">Who guarantees what for Ukraine</h1>
        {answer ? (
          <p className="mt-1 max-w-3xl text-base font-medium" data-testid="matrix-answer">
            {answer}
          </p>
        ) : null}
        {/* Left out on a phone, where the table should start in the first screen (About is in the header). */}
        <p className="mt-1 text-sm text-slate-600 max-md:hidden dark:text-slate-300">
          The stance each country has taken on each security guarantee {when}, from quoted statements. Open a cell for
          its evidence, a column for its map;{" "}
          <Link href="/about" className="underline">
            how positions are derived
          </Link>
          .
        </p>
      </ViewHeader>
      <MatrixControls today={todayIsoDay()} earliest={earliestRecord} />
      <StanceLegend collapsible />
      {view.since ? (
        <section
          aria-labelledby="changes-title"
          className="rounded-lg border border-blue-200 bg-blue-50 p-3 dark:border-blue-900 dark:bg-blue-950"
        >
          <h2 id="changes-title" className="text-sm font-semibold">
            {changes.length} change{changes.length === 1 ? "" : "s"} since{" "}
            {formatDay(new Date(`${view.since}T00:00:00Z`))}
          </h2>
          {listed.pages > 1 ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300" data-testid="changes-range">
              The newest first: {listed.first} to {listed.first + listed.items.length - 1} of {changes.length}.
            </p>
          ) : null}
          {changes.length > 0 ? (
            <ol className="mt-2 space-y-2 text-sm" data-testid="changes">
              {listed.items.map((change) => (
                <li
                  key={`${change.countryCode}|${change.type}`}
                  className="flex flex-wrap items-center gap-x-2 gap-y-1"
                >
                  <Link
                    href={`${countryPath(change.countryCode)}${dayQuery}#${change.type}`}
                    className="font-medium underline"
                  >
                    {change.countryName}
                  </Link>
                  <span>{COMMITMENT_TYPE_INFO[change.type].label}:</span>
                  {change.from ? (
                    <StanceMark stance={change.from} showLabel />
                  ) : (
                    <span className="text-slate-600 dark:text-slate-300">no position</span>
                  )}
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span>
                  <StanceMark stance={change.to.stance} showLabel />
                  <span className="text-slate-600 dark:text-slate-300">
                    {formatDay(change.to.statedOn)}: {quoteSentence(change.to.sentence)} ({change.to.outlet})
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          {listed.pages > 1 ? (
            <nav
              aria-label="Pages of changes"
              className="mt-3 flex flex-wrap gap-x-4 text-sm"
              data-testid="changes-pages"
            >
              {listed.page > 1 ? (
                <Link
                  href={changesPageHref(viewQuery, listed.page - 1, view.pinnedAt)}
                  className="underline"
                  rel="prev"
                >
                  ← Newer changes
                </Link>
              ) : null}
              <span>
                Page {listed.page} of {listed.pages}
              </span>
              {listed.page < listed.pages ? (
                <Link
                  href={changesPageHref(viewQuery, listed.page + 1, view.pinnedAt)}
                  className="underline"
                  rel="next"
                >
                  Older changes →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
        {rows.length} {rows.length === 1 ? "country" : "countries and actors"}
      </p>
      <MatrixGrid data={grid} asOf={view.asOf} dayQuery={dayQuery} emptyMessage={emptyMessage} />
      <CellPreview tableTestId="matrix" asOf={view.asOf} pinnedAt={view.pinnedAt?.toISOString() ?? null} />
      <TapToPreview tableTestId="matrix" />
    </div>
  );
}
