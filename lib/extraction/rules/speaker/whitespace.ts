import type { RegisteredPattern } from "../../pattern";

/** A run of whitespace between words. */
export const WHITESPACE: RegisteredPattern = {
  id: "speaker/whitespace",
  phenomenon: "a run of whitespace between words",
  re: /\s+/u,
  examples: ["Anna Berg", "a  b"],
  counterExamples: ["AnnaBerg"],
};
