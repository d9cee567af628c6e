import type { Metadata } from "next";

type Alternates = NonNullable<Metadata["alternates"]>;

/** The feeds a page announces with <link rel="alternate" type="application/atom+xml">. */
export function feedAlternates(feeds: { url: string; title: string }[]): Alternates["types"] {
  return { "application/atom+xml": feeds };
}

export const STATEMENTS_FEED = { url: "/feeds/statements.atom", title: "New statements (Atom)" };
export const CORRECTIONS_FEED = { url: "/feeds/corrections.atom", title: "Corrections (Atom)" };
