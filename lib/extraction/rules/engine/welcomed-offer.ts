import type { RegisteredPattern } from "../../pattern";

/**
 * Ukraine welcoming or backing another's offer of a contribution ("Kyiv welcomed the Estonian
 * offer of troops"): the offer is its owner's pledge (stance-word/a-nominal-pledge-with-its-owner),
 * and Ukraine's welcome is its position on the foreign force, air defence or monitoring:
 * support. Tested on the text before the commitment; group 1 is the verb.
 */
export const WELCOMED_OFFER: RegisteredPattern = {
  id: "engine/welcomed-offer",
  phenomenon: "Ukraine welcoming another's offer of a force is its support for the force",
  re: /\b(welcom(?:es|ed|ing)|back(?:s|ed)|endors(?:es|ed)|hail(?:s|ed)|prais(?:es|ed))\s+(?:(?:the|an?)\s+)?(?:[\w'’.-]+\s+){1,2}?(?:offer|pledge|contribution|donation)s?\s+of\s+(?:(?:more|two|three|several|additional|its|their)\s+)?$/,
  examples: ["welcomed the Estonian offer of ", "backed Norway's pledge of ", "hailed the Danish contribution of two "],
  counterExamples: ["welcomed the talks on ", "the Estonian offer of ", "welcomed the offer to "],
};
