import type { RegisteredPattern } from "../../pattern";

/** One whitespace character. */
export const WHITESPACE_CHARACTER: RegisteredPattern = {
  id: "article/whitespace-character",
  phenomenon: "one whitespace character",
  re: /\s/u,
  examples: [" ", "\t"],
  counterExamples: ["a", "-"],
};
