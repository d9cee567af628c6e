import type { RegisteredPattern } from "../../pattern";

/** The punctuation that ends a sentence after a condition. */
export const SENTENCE_TRAILING_PUNCTUATION: RegisteredPattern = {
  id: "conditions/sentence-trailing-punctuation",
  phenomenon: "the punctuation that ends a sentence after a condition",
  re: /[\s,;:.!"“”]+$/u,
  examples: ["a ceasefire.", "a mandate!”"],
  counterExamples: ["a ceasefire", "U.S"],
};
