"use client";

import { useSyncExternalStore } from "react";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { countryPath } from "@/lib/reference/country-path";
import type { EmbedMatrixData } from "@/lib/sharing/embed-matrix-data";
import { StanceMark } from "./stance-mark";

const subscribeToNothing = () => () => {};

/** False while rendered on the server and hydrated, true after: what only the browser adds. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * The matrix in a small frame: badges only, every cell's quote in its title; links open the
 * tracker. The rows arrive packed (packEmbedMatrix), and the titles are added once hydrated, so
 * that each quote is in the page once (in these props), not once more in its HTML.
 */
export function EmbedMatrixTable({
  data,
  asOf,
  siteUrl,
  dayQuery,
}: {
  data: EmbedMatrixData;
  /** The day the view shows (YYYY-MM-DD). */
  asOf: string;
  /** The tracker's address (absoluteUrl("/")): the frame's links open it, not the framing site. */
  siteUrl: string;
  /** The view's day for the country links (`?at=…`, or nothing for today). */
  dayQuery: string;
}) {
  const hydrated = useHydrated();
  if (data.rows.length === 0) return <p className="text-slate-600">No positions recorded for this view.</p>;
  const countryUrl = (code: string) => new URL(`${countryPath(code).slice(1)}${dayQuery}`, siteUrl).toString();
  return (
    <>
      {/* A narrow frame (a phone) lists each country with its stances instead of a wide table. */}
      <ul className="space-y-2 sm:hidden" data-testid="embed-matrix-list">
        {data.rows.map(([code, name, cells]) => (
          <li key={code} data-country={code} className="rounded border border-slate-200 p-2">
            <a href={countryUrl(code)} target="_blank" rel="noopener" className="font-medium underline">
              {name}
            </a>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
              {data.types.flatMap((type, index) => {
                const cell = cells[index];
                return cell
                  ? [
                      <li key={type} data-type={type} className="inline-flex items-center gap-1">
                        {COMMITMENT_TYPE_INFO[type].shortLabel}
                        <StanceMark stance={cell[0]} showLabel />
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
          <caption className="sr-only">Stance of each country per commitment type as of {asOf}</caption>
          <thead className="text-left text-slate-600">
            <tr>
              <th scope="col" className="px-1.5 py-1">
                Country
              </th>
              {data.types.map((type) => (
                <th key={type} scope="col" className="px-1.5 py-1" title={COMMITMENT_TYPE_INFO[type].label}>
                  {COMMITMENT_TYPE_INFO[type].shortLabel}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map(([code, name, cells]) => (
              <tr key={code} className="border-t border-slate-100" data-country={code}>
                <th scope="row" className="px-1.5 py-1 text-left font-medium whitespace-nowrap">
                  <a href={countryUrl(code)} target="_blank" rel="noopener" className="hover:underline">
                    {name}
                  </a>
                </th>
                {data.types.map((type, index) => {
                  const cell = cells[index];
                  return (
                    <td key={type} className="px-1.5 py-1" data-type={type}>
                      {cell ? (
                        <span title={hydrated ? cell[1] : undefined}>
                          <StanceMark stance={cell[0]} />
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
