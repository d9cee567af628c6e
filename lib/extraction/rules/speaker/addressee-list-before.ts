import type { RegisteredPattern } from "../../pattern";

/**
 * The ones spoken to, listed: a country coordinated after another right after "told" ("have
 * told Britain and France that they ...", "assured Poland and the Baltic states that") hears the
 * position with it, as `speaker/addressee-before` reads the first of them.
 */
export const ADDRESSEE_LIST_BEFORE: RegisteredPattern = {
  id: "speaker/addressee-list-before",
  phenomenon: "a country listed among the ones spoken to",
  re: /\b(?:told|tells|tell|telling|informed|informs|briefed|briefs|assured|assures|reassured|reassures)\s+(?:(?:the|his|her|their|its|fellow)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*,?\s+and\s+(?:the\s+)?$/u,
  examples: ["have told Britain and ", "assured Poland and the ", "told Germany, Italy and "],
  counterExamples: ["told reporters and ", "Britain and ", "told Britain that Norway and "],
};
