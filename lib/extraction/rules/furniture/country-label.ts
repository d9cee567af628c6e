import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a fact box or a roundup names each country as a label before what it gives ("-
 * Sweden: up to 200 soldiers, subject to a parliamentary vote", "• Norway — two more air defence
 * systems", "Austria: open to sending observers"). The label is the actor of the line; the words
 * after it are a fragment with no subject, often with no verb. The label is a name of up to four
 * capitalised words (whether it names a country the stage checks against the gazetteer), then a
 * colon or a spaced dash.
 */
export const COUNTRY_LABEL: RegisteredPattern = {
  id: "furniture/country-label",
  phenomenon: "a country named as the label of a line, before what it gives",
  re: /^((?:The\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*:|\s+[—–-])\s+/u,
  examples: [
    "Sweden: up to 200 soldiers",
    "Norway — two more air defence systems",
    "South Korea – no lethal weapons",
    "The Netherlands: a battalion once a ceasefire holds",
    "Türkiye - naval escorts",
  ],
  counterExamples: [
    "Sweden will send 200 soldiers.",
    "Up to 200 soldiers: Sweden",
    "in Sweden: soldiers",
    "Sweden:soldiers",
  ],
};
