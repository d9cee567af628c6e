import type { RegisteredPattern } from "../../pattern";

/**
 * The one spoken to: a country or organisation right after "told", "briefed", "assured" ("told
 * EU leaders that ...", "assured Kyiv") hears the position, it does not hold it.
 */
export const ADDRESSEE_BEFORE: RegisteredPattern = {
  id: "speaker/addressee-before",
  phenomenon: "the one spoken to hears a position, it does not hold it",
  re: /\b(?:told|tells|tell|telling|informed|informs|briefed|briefs|assured|assures|reassured|reassures)\s+(?:(?:the|his|her|their|its|fellow)\s+)?$/i,
  examples: ["told ", "the minister assured ", "briefed his "],
  counterExamples: ["said ", "told reporters that "],
};
