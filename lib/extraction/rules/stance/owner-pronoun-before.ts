import type { RegisteredPattern } from "../../pattern";

/** A possessive right before the troops: the subject's own. */
export const OWNER_PRONOUN_BEFORE: RegisteredPattern = {
  id: "stance/owner-pronoun-before",
  phenomenon: "a possessive right before the troops: the subject's own",
  re: /\b(?:its|our|their|own)\s+(?:\w+\s+)?$/iu,
  examples: ["its ", "our ground ", "own "],
  counterExamples: ["the ", "its troops and "],
};
