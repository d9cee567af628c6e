import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import type { Matrix } from "@/lib/queries/get-matrix-at";
import { StanceMark } from "./stance-mark";
import { quoteSentence } from "@/lib/text/quote";

/** The matrix in a small frame: badges only, every cell's quote in its title; links open the tracker. */
export function EmbedMatrixTable({ matrix, countryUrl }: { matrix: Matrix; countryUrl: (code: string) => string }) {
  if (matrix.rows.length === 0) return <p className="text-slate-600">No positions recorded for this view.</p>;
  return (
    <>
      {/* A narrow frame (a phone) lists each country with its stances instead of a wide table. */}
      <ul className="space-y-2 sm:hidden" data-testid="embed-matrix-list">
        {matrix.rows.map((row) => (
          <li key={row.code} data-country={row.code} className="rounded border border-slate-200 p-2">
            <a href={countryUrl(row.code)} target="_blank" rel="noopener" className="font-medium underline">
              {row.name}
            </a>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
              {matrix.types.flatMap((type) => {
                const cell = row.cells[type];
                return cell
                  ? [
                      <li key={type} data-type={type} className="inline-flex items-center gap-1">
                        {COMMITMENT_TYPE_INFO[type].shortLabel}
                        <StanceMark stance={cell.stance} showLabel />
                      </li>,
                    ]
                  : [];
              })}
            </ul>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto max-sm:hidden">
        <table className="min-w-full border-collapse text-xs" data-testid="embed-matrix">
          <caption className="sr-only">Stance of each country per commitment type as of {matrix.asOf}</caption>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="px-1.5 py-1">
                Country
              </th>
              {matrix.types.map((type) => (
                <th key={type} scope="col" className="px-1.5 py-1" title={COMMITMENT_TYPE_INFO[type].label}>
                  {COMMITMENT_TYPE_INFO[type].shortLabel}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code} className="border-t border-slate-100" data-country={row.code}>
                <th scope="row" className="px-1.5 py-1 text-left font-medium whitespace-nowrap">
                  <a href={countryUrl(row.code)} target="_blank" rel="noopener" className="hover:underline">
                    {row.name}
                  </a>
                </th>
                {matrix.types.map((type) => {
                  const cell = row.cells[type];
                  return (
                    <td key={type} className="px-1.5 py-1" data-type={type}>
                      {cell ? (
                        <span title={`${quoteSentence(cell.sentence)} (${cell.outlet}, ${formatDay(cell.statedOn)})`}>
                          <StanceMark stance={cell.stance} />
                        </span>
                      ) : (
                        <span
                          className="text-slate-500"
                          aria-label={`no position on ${COMMITMENT_TYPE_INFO[type].label}`}
                        >
                          –
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
    </>
  );
}
