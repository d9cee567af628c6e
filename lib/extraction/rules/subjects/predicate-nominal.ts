import type { RegisteredPattern } from "../../pattern";

/**
 * A country named right after the copula of the subject before it ("Germany is Ukraine's
 * largest military donor and has pledged ...", "Norway was among the first to ..."): it is in the
 * predicate that describes the subject, not a subject of its own, so the subject is the one
 * before the copula. Tested on what stands between the two mentions.
 */
export const PREDICATE_NOMINAL: RegisteredPattern = {
  id: "subjects/predicate-nominal",
  phenomenon: "a country in the predicate nominal after the subject's copula is no subject",
  re: /^\s+(?:is|are|was|were|remains|remained|has been|have been|became)\s+(?:(?:the|a|an|one of|among|also|now|still)\s+)*$/,
  examples: [" is ", " remains one of ", " has been among the ", " was also "],
  counterExamples: [" and ", " said ", " is ready to help ", ", "],
};
