import type { RegisteredPattern } from "../../pattern";

/**
 * A package, offer or plan named as a subject with no owner, by a demonstrative or the article
 * ("This package includes ...", "The offer covers ...", "The plan also foresees ..."): the one the
 * sentence before spoke of (it names the noun, the first group), so its owner is that sentence's
 * opening subject.
 */
export const MEASURE_JUST_NAMED: RegisteredPattern = {
  id: "subjects/measure-just-named",
  phenomenon: "a package, offer or plan with no owner named: the one of the sentence before",
  re: /^\s*(?:this|that|the|such an?)\s+(?:(?:new|latest|first|second|whole|entire|proposed|promised|announced)\s+)?(package|offer|contribution|plan|pledge|donation)\s+(?:also\s+)?$/iu,
  examples: ["This package ", "The offer ", "The plan also ", " the new contribution "],
  counterExamples: ["Britain's plan ", "The US plan ", "Analysts ", "the package of sanctions "],
};
