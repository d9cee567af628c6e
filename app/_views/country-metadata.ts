import type { Metadata } from "next";
import { getCountryStanceCached } from "@/lib/cache/cached-queries";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { countryPath } from "@/lib/reference/countries";
import { feedAlternates } from "@/lib/sharing/alternates";

/** The preview card of a country page, from the same cached data as the page. */
export async function countryMetadata(code: string, asOf: string): Promise<Metadata> {
  const stance = await getCountryStanceCached(code, asOf);
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
