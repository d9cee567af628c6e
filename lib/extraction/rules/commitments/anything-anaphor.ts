import type { RegisteredPattern } from "../../pattern";

/** The anaphor anything, which points at the article's question. */
export const ANYTHING_ANAPHOR: RegisteredPattern = {
  id: "commitments/anything-anaphor",
  phenomenon: "the anaphor anything, which points at the article's question",
  re: /^anything$/iu,
  examples: ["anything", "Anything"],
  counterExamples: ["anything else", "such a step"],
};
