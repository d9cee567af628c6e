import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { countryPath } from "@/lib/reference/countries";
import { feedAlternates } from "@/lib/sharing/alternates";
import { loadCountryParams, resolveViewDay } from "@/lib/view-state/view-params";
import { CountryPageBody } from "../../_views/country-page-body";

type CountryPageProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Shared by generateMetadata and the page, so one request reads the database once.
const getCountryStanceCached = cache(getCountryStance);

export async function generateMetadata({ params, searchParams }: CountryPageProps): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  const stance = await getCountryStanceCached(code, resolveViewDay(query).asOf);
  if (!stance) return { title: "Country not found" };
  const stated = stance.entries.filter((entry) => entry.current);
  const summary = stated
    .map((entry) => `${COMMITMENT_TYPE_INFO[entry.type].shortLabel}: ${STANCE_INFO[entry.current!.stance].label}`)
    .join(" · ");
  const description = summary || `No recorded positions for ${stance.name} yet.`;
  return {
    title: `${stance.name}: security guarantees for Ukraine`,
    description,
    alternates: {
      types: feedAlternates([
        { url: `${countryPath(stance.code)}/feed.atom`, title: `${stance.name}: new statements (Atom)` },
      ]),
    },
    openGraph: { title: `${stance.name}: security guarantees for Ukraine`, description, type: "article" },
    twitter: { card: "summary", title: `${stance.name}: security guarantees for Ukraine`, description },
  };
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  const { asOf, isToday } = resolveViewDay(query);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) notFound();
  return <CountryPageBody stance={stance} isToday={isToday} />;
}
