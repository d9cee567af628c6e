import type { RegisteredPattern } from "../../pattern";

/**
 * What joins two items of one list ("intelligence, logistics or equipment"): a comma, "and" or
 * "or", nothing else. A plain type word joined so to a commitment the lexicon reads is another
 * item of the same contribution.
 */
export const LIST_JOINT: RegisteredPattern = {
  id: "engine/list-joint",
  phenomenon: "what joins two items of one list",
  re: /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:the|its|some|more)\s+)?$/i,
  examples: [", ", " or ", ", and ", " and some "],
  counterExamples: [". ", " to be followed by ", "; "],
};
