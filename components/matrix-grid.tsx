import Link from "next/link";
import { formatDay } from "@/lib/dates/iso-day";
import { STANCE_COLOUR_CLASSES, stanceColourStyle } from "@/lib/domain/stance-palette";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCE_INFO, STANCES, type Stance } from "@/lib/domain/taxonomy";
import type { MatrixCell, MatrixRow } from "@/lib/queries/get-matrix-at";
import { countryPath } from "@/lib/reference/countries";
import { CountryFlag } from "./country-flag";
import { STANCE_SYMBOLS } from "./stance-mark";

/** Quotes in the hover card are cut here; the evidence page has them whole. */
const QUOTE_PREVIEW_CHARS = 220;

function preview(sentence: string): string {
  return sentence.length > QUOTE_PREVIEW_CHARS ? `${sentence.slice(0, QUOTE_PREVIEW_CHARS - 1).trimEnd()}…` : sentence;
}

function Cell({
  code,
  type,
  cell,
  href,
  isChanged,
}: {
  code: string;
  type: CommitmentType;
  cell: MatrixCell;
  href: string;
  isChanged: boolean;
}) {
  const tipId = `tip-${code}-${type}`;
  const info = STANCE_INFO[cell.stance];
  return (
    <>
      <Link
        href={href}
        data-cell={`${code}:${type}`}
        data-stance={cell.stance}
        aria-describedby={tipId}
        className={`peer flex min-w-[4.5rem] flex-col rounded border px-1.5 py-1 leading-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${STANCE_COLOUR_CLASSES} ${isChanged ? "ring-2 ring-blue-600 ring-offset-1 dark:ring-blue-400" : ""}`}
        style={stanceColourStyle(cell.stance)}
      >
        <span className="flex items-center gap-1 text-sm font-semibold">
          <span aria-hidden="true">{STANCE_SYMBOLS[cell.stance]}</span>
          <span className="md:sr-only">{info.label}</span>
          {cell.contested ? (
            <span title="Different stances were stated that day" aria-hidden="true">
              ⚑
            </span>
          ) : null}
          {isChanged ? <span aria-hidden="true">Δ</span> : null}
          <span className="sr-only">
            {cell.contested ? ", contested" : ""}
            {isChanged ? ", changed" : ""}
          </span>
        </span>
        <span className="text-[11px] opacity-90">{formatDay(cell.statedOn)}</span>
      </Link>
      <span
        role="tooltip"
        id={tipId}
        className="invisible absolute top-full left-0 z-30 mt-1 w-72 rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg peer-hover:visible peer-focus:visible dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        “{preview(cell.sentence)}”
        <span className="mt-1 block text-slate-600 dark:text-slate-300">
          {cell.speaker ? `${cell.speaker}, ` : ""}
          {cell.outlet}, {formatDay(cell.statedOn)}
          {cell.condition ? ` · condition: ${cell.condition}` : ""}
        </span>
      </span>
    </>
  );
}

/**
 * Countries x commitment types as a real table: a sticky header row and first column, per
 * column stance counts, every cell with colour, shape and date, a quote card on hover and
 * focus, and a link to its evidence and history. Below `md` each row becomes a card listing
 * every type with its label, so a phone shows all of them.
 */
export function MatrixGrid({
  rows,
  types,
  counts,
  asOf,
  dayQuery,
  changed,
}: {
  rows: MatrixRow[];
  types: readonly CommitmentType[];
  counts: Record<CommitmentType, Partial<Record<Stance, number>>>;
  asOf: string;
  dayQuery: string;
  changed: ReadonlySet<string>;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
        No positions match this view.
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
                <abbr title={COMMITMENT_TYPE_INFO[type].description} className="no-underline">
                  {COMMITMENT_TYPE_INFO[type].shortLabel}
                </abbr>
                <ul
                  aria-label={`Stances on ${COMMITMENT_TYPE_INFO[type].label}`}
                  className="mt-1 flex flex-wrap gap-x-1.5 font-normal normal-case tracking-normal text-slate-600 dark:text-slate-300"
                  data-testid={`count-${type}`}
                >
                  {STANCES.filter((stance) => counts[type]?.[stance]).map((stance) => (
                    <li key={stance} title={STANCE_INFO[stance].label}>
                      <span aria-hidden="true">{STANCE_SYMBOLS[stance]}</span>
                      <span className="sr-only">{STANCE_INFO[stance].label}: </span>
                      {counts[type]?.[stance]}
                    </li>
                  ))}
                </ul>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-3">
          {rows.map((row) => (
            <tr
              key={row.code}
              data-country={row.code}
              className="max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-2 dark:max-md:border-slate-700 dark:max-md:bg-slate-900"
            >
              <th
                scope="row"
                className="sticky left-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-left font-medium whitespace-nowrap max-md:static max-md:block max-md:border-0 max-md:px-1 dark:border-slate-800 dark:bg-slate-900"
              >
                <Link href={`${countryPath(row.code)}${dayQuery}`} className="hover:underline">
                  <CountryFlag code={row.code} className="mr-1.5 h-3 w-[1.125rem]" />
                  {row.name}
                </Link>
              </th>
              {types.map((type) => {
                const cell = row.cells[type];
                return (
                  <td
                    key={type}
                    data-type={type}
                    className="relative border-b border-slate-100 px-1 py-1 align-top max-md:flex max-md:items-center max-md:justify-between max-md:gap-2 max-md:border-0 max-md:px-1 dark:border-slate-800"
                  >
                    <span className="text-xs text-slate-600 md:hidden dark:text-slate-300">
                      {COMMITMENT_TYPE_INFO[type].label}
                    </span>
                    {cell ? (
                      <Cell
                        code={row.code}
                        type={type}
                        cell={cell}
                        href={`${countryPath(row.code)}${dayQuery}#${type}`}
                        isChanged={changed.has(`${row.code}|${type}`)}
                      />
                    ) : (
                      <span className="px-1.5 text-slate-400 dark:text-slate-500">
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
