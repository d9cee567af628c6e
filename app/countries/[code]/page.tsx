import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCountryStanceCached } from "@/lib/cache/cached-queries";
import { loadCountryParams, resolveViewDay } from "@/lib/view-state/view-params";
import { countryMetadata } from "../../_views/country-metadata";
import { CountryPageBody } from "../../_views/country-page-body";

type CountryPageProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: CountryPageProps): Promise<Metadata> {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  return countryMetadata(code, resolveViewDay(query).asOf);
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  const { asOf, isToday } = resolveViewDay(query);
  const stance = await getCountryStanceCached(code, asOf);
  if (!stance) notFound();
  return <CountryPageBody stance={stance} isToday={isToday} />;
}
