import type { RegisteredPattern } from "../../pattern";

/** A character of a date at the end of a line. */
export const DATE_TAIL_CHARACTER: RegisteredPattern = {
  id: "article/date-tail-character",
  phenomenon: "a character of a date at the end of a line",
  re: /^[\d\s.:/\-,a-z]$/iu,
  examples: ["7", ":", "m"],
  counterExamples: ["#", "77"],
};
