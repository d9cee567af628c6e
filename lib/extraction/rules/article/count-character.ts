import type { RegisteredPattern } from "../../pattern";

/** A character of a written count. */
export const COUNT_CHARACTER: RegisteredPattern = {
  id: "article/count-character",
  phenomenon: "a character of a written count",
  re: /^[\d\s.,k]$/iu,
  examples: ["7", "k", ","],
  counterExamples: ["x", "77"],
};
