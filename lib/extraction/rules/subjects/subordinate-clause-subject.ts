import type { RegisteredPattern } from "../../pattern";

/**
 * The subject of a clause opened by "after", "before", "since", "once" or "until", right before
 * the verb that carries the commitment ("the minister spoke after Peru and Ecuador pledged to
 * station soldiers there"): the countries there act, although "after" is otherwise a
 * preposition that makes a country an object. Group 1 is the subject, up to the verb.
 */
export const SUBORDINATE_CLAUSE_SUBJECT: RegisteredPattern = {
  id: "subjects/subordinate-clause-subject",
  phenomenon: "the subject of an after / before / since clause, right before its verb, acts",
  re: /\b(?:after|before|since|once|until)\s+((?:the\s+)?[^,;]{2,60}?)\s*$/i,
  examples: ["He spoke after the U.K. and France ", "a week after Chile "],
  counterExamples: ["He spoke after the summit, and Chile ", "after"],
};
