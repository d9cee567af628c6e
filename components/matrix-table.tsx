import Link from "next/link";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import type { Matrix } from "@/lib/queries/get-matrix-at";
import { countryPath } from "@/lib/reference/countries";
import { CountryFlag } from "./country-flag";
import { StanceBadge } from "./stance-badge";

/** Countries x commitment types; each filled cell links to the evidence on the country page. */
export function MatrixTable({ matrix, dateQuery }: { matrix: Matrix; dateQuery: string }) {
  if (matrix.rows.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">
        No positions recorded as of this date.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full border-collapse text-sm" data-testid="matrix">
        <caption className="sr-only">Stance of each country per commitment type as of {matrix.asOf}</caption>
        <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-100 px-3 py-2">
              Country
            </th>
            {matrix.types.map((type) => (
              <th key={type} scope="col" className="px-2 py-2" title={COMMITMENT_TYPE_INFO[type].description}>
                {COMMITMENT_TYPE_INFO[type].shortLabel}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.code} className="border-t border-slate-100" data-country={row.code}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium whitespace-nowrap">
                <Link href={`${countryPath(row.code)}${dateQuery}`} className="hover:underline">
                  <CountryFlag code={row.code} className="mr-1.5 h-3 w-[1.125rem]" />
                  {row.name}
                </Link>
              </th>
              {matrix.types.map((type) => {
                const cell = row.cells[type];
                return (
                  <td key={type} className="px-2 py-2 align-top" data-type={type}>
                    {cell ? (
                      <Link
                        href={`${countryPath(row.code)}${dateQuery}#${type}`}
                        className="group block"
                        title={`“${cell.sentence}” (${cell.outlet}, ${formatDay(cell.statedOn)})`}
                      >
                        <StanceBadge stance={cell.stance} />
                        <span className="mt-0.5 block text-[11px] text-slate-500 group-hover:underline">
                          {formatDay(cell.statedOn)}
                        </span>
                      </Link>
                    ) : (
                      <span className="text-slate-300" aria-label="no position">
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
  );
}
