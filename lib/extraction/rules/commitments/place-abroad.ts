import type { RegisteredPattern } from "../../pattern";

/**
 * A place named after "in" or "at" ("in Romania", "in south-eastern Poland", "at the base in
 * Lithuania"): group 1 is the name; the stage keeps it when it is a country other than Ukraine.
 */
export const PLACE_ABROAD: RegisteredPattern = {
  id: "commitments/place-abroad",
  phenomenon: "a place named after in or at",
  re: /\b(?:in|at)\s+(?:the\s+)?(?:(?:(?:(?:south|north)-?)?(?:eastern|western)|southern|northern|central)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu,
  examples: ["in Romania", "in south-eastern Poland", "at the Cincu base"],
  counterExamples: ["in the end", "at home", "into the sea"],
};
