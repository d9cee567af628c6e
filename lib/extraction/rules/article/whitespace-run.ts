import type { RegisteredPattern } from "../../pattern";

/** A run of whitespace, collapsed before the date patterns. */
export const WHITESPACE_RUN: RegisteredPattern = {
  id: "article/whitespace-run",
  phenomenon: "a run of whitespace, collapsed before the date patterns",
  re: /\s+/gu,
  examples: ["a  b", "a\tb"],
  counterExamples: ["ab"],
};
