import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EmbedFrame } from "@/components/embed-frame";
import { StanceMark } from "@/components/stance-mark";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { loadCountryParams, resolveViewDay } from "@/lib/view-state/view-params";

type EmbedProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const getCountryStanceCached = cache(getCountryStance);

/** The country page's URL state (its own parser map). */
async function readView({ params, searchParams }: EmbedProps) {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  return { code, ...resolveViewDay(query) };
}

export async function generateMetadata(props: EmbedProps): Promise<Metadata> {
  const { code, asOf, isToday } = await readView(props);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) return { title: "Country not found" };
  return {
    title: `${stance.name}: security guarantees for Ukraine as of ${asOf}`,
    alternates: { canonical: `${countryPath(stance.code)}${isToday ? "" : `?at=${asOf}`}` },
  };
}

export default async function EmbedCountryPage(props: EmbedProps) {
  const { code, asOf, isToday } = await readView(props);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) notFound();
  const stated = stance.entries.filter((entry) => entry.current);
  return (
    <EmbedFrame
      title={`${stance.name}: security guarantees for Ukraine`}
      asOfLabel={`Positions as of ${asOf}`}
      fullViewUrl={absoluteUrl(`${countryPath(stance.code)}${isToday ? "" : `?at=${asOf}`}`)}
    >
      {stated.length === 0 ? (
        <p className="text-slate-600">No recorded positions as of {asOf}.</p>
      ) : (
        <ul className="space-y-1.5" data-testid="embed-country">
          {stated.map((entry) => (
            <li key={entry.type} data-type={entry.type} className="flex flex-wrap items-baseline gap-2">
              <span className="w-40 shrink-0 font-medium">{COMMITMENT_TYPE_INFO[entry.type].label}</span>
              <StanceMark stance={entry.current!.stance} showLabel />
              <span className="text-xs text-slate-500" title={entry.current!.sentence}>
                {entry.current!.article.outlet}, {formatDay(entry.current!.statedOn)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </EmbedFrame>
  );
}
