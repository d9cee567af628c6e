import type { RegisteredPattern } from "../../pattern";

/**
 * A subject introduced as a former official ("Former French defence minister A B called for ...",
 * "a retired Polish general urged ...", "the country's ex-president wants ...") speaks for no
 * government and acts for none (labelling convention, "Who counts"): the country named in the
 * title is the official's former office, not the actor. Only with an office after it, so that
 * "the former Soviet republic of Moldova" or "formerly a Russian ally" stays the country.
 */
export const FORMER_OFFICIAL_SUBJECT: RegisteredPattern = {
  id: "subjects/former-official-subject",
  phenomenon: "a subject introduced as a former official acts for no government",
  re: /\b(?:former|retired|one-time|ex-)\s*(?:[\p{L}'’-]+\s+){0,3}?(?:minister|president|prime minister|premier|chancellor|ambassador|general|admiral|commander|envoy|diplomat|official|secretary|head of state|foreign secretary|defence chief|chief of staff)\b/iu,
  hint: /former|retired|one-time|ex-/i,
  examples: [
    "Former French defence minister Herve Morin",
    "A retired Polish general",
    "the country's ex-president",
    "former Prime Minister",
  ],
  counterExamples: ["The former Soviet republic of Moldova", "formerly a Russian ally", "the French defence minister"],
};
