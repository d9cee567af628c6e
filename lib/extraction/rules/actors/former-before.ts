import type { RegisteredPattern } from "../../pattern";

/**
 * "former" just before an official's nationality, office or name ("former Polish defence
 * minister", "Former Prime Minister", "a former"): the official introduced there speaks for no
 * government, also when the article names them later by surname alone.
 */
export const FORMER_BEFORE: RegisteredPattern = {
  id: "actors/former-before",
  phenomenon: "an official introduced as former stays former in the article",
  re: /\b(?:former\b|ex-|retired\b|one-time\b)\s*(?:[\p{L}-]+\s+){0,3}$/iu,
  // The unicode pattern is tried at every position; most stretches hold none of its words.
  hint: /former|ex-|retired|one-time/i,
  examples: ["former ", "Former Prime Minister ", "a former Latvian defence minister "],
  counterExamples: ["the prime minister ", "formerly part of the "],
};
