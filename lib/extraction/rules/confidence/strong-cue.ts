import type { RegisteredPattern } from "../../pattern";

/** A stance word that states a pledge outright. */
export const STRONG_CUE: RegisteredPattern = {
  id: "confidence/strong-cue",
  phenomenon: "a stance word that states a pledge outright",
  re: /^(?:ready|prepared|willing|plan|plans|planned|pledg|commit|intend|decided|will|shall|resum)/iu,
  examples: ["ready", "will", "pledged"],
  counterExamples: ["would", "may"],
};
