import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbedFrame } from "@/components/embed-frame";
import { StanceMark } from "@/components/stance-mark";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import { getCountryStanceOfView } from "@/lib/queries/get-country-stance";
import { countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, type DayView, loadCountryParams, resolveDayView } from "@/lib/view-state/view-params";

type EmbedProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Shared by generateMetadata and the page (same code and day; the pin is compared by its instant).
const getCountryStanceCached = cache((code: string, asOf: string, pinnedAt: number | null) =>
  getCountryStanceOfView(code, { asOf, pinnedAt: pinnedAt === null ? null : new Date(pinnedAt) }),
);

/** The country page's URL state (its own parser map, `v` included). */
async function readView({ params, searchParams }: EmbedProps) {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  const view = resolveDayView(query);
  const stance = await getCountryStanceCached(code, view.asOf, view.pinnedAt?.getTime() ?? null);
  return { view, stance };
}

/** The full view the frame links back to: the country page with the same day and pin. */
function fullViewPath(code: string, view: DayView): string {
  return withPin(`${countryPath(code)}${dayQueryOf(view.asOf, view.isToday)}`, view.pinnedAt);
}

export async function generateMetadata(props: EmbedProps): Promise<Metadata> {
  const { view, stance } = await readView(props);
  if (!stance) return { title: "Country not found" };
  return {
    title: `${stance.name}: security guarantees for Ukraine as of ${view.asOf}`,
    alternates: { canonical: fullViewPath(stance.code, view) },
  };
}

export default async function EmbedCountryPage(props: EmbedProps) {
  const { view, stance } = await readView(props);
  if (!stance) notFound();
  const { asOf } = view;
  const stated = stance.entries.filter((entry) => entry.current);
  return (
    <EmbedFrame
      title={`${stance.name}: security guarantees for Ukraine`}
      asOfLabel={`Positions as of ${asOf}`}
      recordedAt={view.pinnedAt}
      fullViewUrl={absoluteUrl(fullViewPath(stance.code, view))}
    >
      {stated.length === 0 ? (
        <p className="text-slate-600">No recorded positions as of {asOf}.</p>
      ) : (
        <ul className="space-y-1.5" data-testid="embed-country">
          {stated.map((entry) => (
            <li key={entry.type} data-type={entry.type} className="flex flex-wrap items-baseline gap-2">
              <span className="w-40 shrink-0 font-medium max-sm:w-full">{COMMITMENT_TYPE_INFO[entry.type].label}</span>
              <StanceMark stance={entry.current!.stance} showLabel />
              <span className="text-xs text-slate-600" title={entry.current!.sentence}>
                {entry.current!.article.outlet}, {formatDay(entry.current!.statedOn)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </EmbedFrame>
  );
}
