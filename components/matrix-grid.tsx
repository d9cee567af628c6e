"use client";

import Link from "next/link";
import { COMMITMENT_TYPE_INFO, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import {
  CELL_CHANGED,
  CELL_CONTESTED,
  type MatrixGridData,
  type PackedMatrixCell,
} from "@/lib/positions/matrix-grid-data";
import { countryPath } from "@/lib/reference/country-path";
import { CountryFlag } from "./country-flag";
import { STANCE_SYMBOLS } from "./stance-mark";

/**
 * One cell: stance by colour (the page's palette, see `stancePaletteStyle`), shape and
 * label, and the day of its standing statement. Its quote card is fetched on demand
 * (CellPreview). The markup is kept small and its styles are named in globals.css: the full
 * matrix has thousands of cells. The stance's shape comes from the stylesheet too (the
 * `--stance-symbol` of its data-stance, hidden from screen readers like the label beside it
 * is not), as does the type's label the phone layout shows before the cell.
 */
function Cell({ cell, href }: { cell: PackedMatrixCell; href: string }) {
  const [stance, day, marks] = cell;
  const isContested = (marks & CELL_CONTESTED) !== 0;
  const isChanged = (marks & CELL_CHANGED) !== 0;
  return (
    <a href={href} data-stance={stance} className={isChanged ? "matrix-cell matrix-cell-changed" : "matrix-cell"}>
      <span>
        {STANCE_INFO[stance].label}
        {isContested ? (
          <span title="Different stances were stated that day" aria-hidden="true">
            ⚑
          </span>
        ) : null}
        {isChanged ? <span aria-hidden="true">Δ</span> : null}
        {isContested || isChanged ? (
          <span className="sr-only">
            {isContested ? ", contested" : ""}
            {isChanged ? ", changed" : ""}
          </span>
        ) : null}
      </span>
      <span>{day}</span>
    </a>
  );
}

/**
 * Countries x commitment types as a real table: a sticky header row and first column, per
 * column stance counts, every cell with colour, shape and date (its quote card on hover,
 * focus and tap comes from CellPreview), and a link to its evidence and history. Below `md` each row becomes a card listing
 * every type with its label, so a phone shows all of them.
 */
export function MatrixGrid({
  data,
  asOf,
  dayQuery,
  emptyMessage,
}: {
  /** The rows and counts, packed by the page (packMatrixGrid): they travel as this component's props. */
  data: MatrixGridData;
  asOf: string;
  dayQuery: string;
  /** What an empty view says (no match, or a day before the records start). */
  emptyMessage: string;
}) {
  const { rows, types, counts } = data;
  if (rows.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
        {emptyMessage}
      </p>
    );
  }
  return (
    <div className="max-h-[80vh] overflow-auto rounded-lg border border-slate-200 bg-white max-md:max-h-none max-md:overflow-visible max-md:border-0 max-md:bg-transparent dark:border-slate-700 dark:bg-slate-900">
      <table className="min-w-full border-separate border-spacing-0 text-sm max-md:block" data-testid="matrix">
        <caption className="sr-only">
          Stance of each country per commitment type as of {asOf}. Open a cell for its evidence and history.
        </caption>
        <thead className="text-left text-xs max-md:hidden">
          <tr>
            <th
              scope="col"
              className="sticky top-0 left-0 z-20 border-b border-slate-200 bg-slate-100 px-3 py-2 uppercase tracking-wide text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200"
            >
              Country
            </th>
            {types.map((type) => (
              <th
                key={type}
                scope="col"
                className="sticky top-0 z-10 border-b border-slate-200 bg-slate-100 px-2 py-2 align-bottom uppercase tracking-wide text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200"
              >
                {/* The column's own page: every country's stance on this type, with its map. */}
                <Link
                  href={`/commitments/${type}${dayQuery}`}
                  title={COMMITMENT_TYPE_INFO[type].description}
                  className="underline decoration-slate-400 underline-offset-2 hover:decoration-current"
                  data-testid={`column-${type}`}
                >
                  {COMMITMENT_TYPE_INFO[type].shortLabel}
                </Link>
                <ul
                  aria-label={`Stances on ${COMMITMENT_TYPE_INFO[type].label}`}
                  className="mt-1 space-y-0.5 text-[11px] font-normal normal-case leading-tight tracking-normal text-slate-700 dark:text-slate-300"
                  data-testid={`count-${type}`}
                >
                  {STANCES.filter((stance) => counts[type]?.[stance]).map((stance) => (
                    <li key={stance} className="whitespace-nowrap">
                      <span aria-hidden="true">{STANCE_SYMBOLS[stance]} </span>
                      {counts[type]?.[stance]} {STANCE_INFO[stance].label.toLowerCase()}
                    </li>
                  ))}
                </ul>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-3">
          {rows.map(([code, name, cells], rowIndex) => (
            <tr key={code} data-country={code} className="matrix-row">
              {/* The first row is where the page's "Skip to the table" link lands. */}
              <th
                scope="row"
                className="matrix-row-head"
                id={rowIndex === 0 ? "matrix-first-row" : undefined}
                tabIndex={rowIndex === 0 ? -1 : undefined}
              >
                <Link href={`${countryPath(code)}${dayQuery}`} className="hover:underline">
                  <CountryFlag code={code} className="mr-1.5 h-3 w-[1.125rem]" />
                  {name}
                </Link>
              </th>
              {types.map((type, index) => {
                const cell = cells[index];
                return (
                  <td key={type} data-type={type}>
                    {cell ? (
                      <Cell cell={cell} href={`${countryPath(code)}${dayQuery}#${type}`} />
                    ) : (
                      <span className="matrix-cell-none">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">no position</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
