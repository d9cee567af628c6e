import type { RegisteredPattern } from "../../pattern";

/** The punctuation that ends a condition's match. */
export const CONDITION_TRAILING_PUNCTUATION: RegisteredPattern = {
  id: "conditions/condition-trailing-punctuation",
  phenomenon: "the punctuation that ends a condition's match",
  re: /[\s,;:"“”]+$/u,
  examples: ["after a ceasefire, ", "once peace holds”"],
  counterExamples: ["after a ceasefire", "once peace holds."],
};
