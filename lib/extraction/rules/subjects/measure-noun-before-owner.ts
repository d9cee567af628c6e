import type { RegisteredPattern } from "../../pattern";

/**
 * A measure noun whose owner follows it ("the plan by Norway", "initiatives by Spain and Italy",
 * "a proposal from Poland", "the offer of Dutch and Belgian minehunters"): matched on the text
 * before the first owner, the noun is group 1 (after "by" or "from") or group 2 (an offer,
 * pledge or commitment "of" the owners' forces; "the idea of French troops" is no owner's).
 */
export const MEASURE_NOUN_BEFORE_OWNER: RegisteredPattern = {
  id: "subjects/measure-noun-before-owner",
  phenomenon: "a measure noun with its owner after by, from or of",
  re: /\b(?:(plan|offer|pledge|proposal|initiative|decision|idea|commitment)s?\s+(?:put forward\s+)?(?:by|from)|(offer|pledge|commitment)s?\s+of)\s+(?:the\s+)?$/iu,
  examples: ["the plan by ", "Initiatives by ", "a proposal from the ", "the idea put forward by ", "the offer of "],
  counterExamples: ["the plan of ", "supported by ", "the plans by the end of ", "plan by and ", "the idea of "],
};
