import type { RegisteredPattern } from "../../pattern";

/** The separator after a date label. */
export const DATE_KEYWORD_SEPARATOR: RegisteredPattern = {
  id: "article/date-keyword-separator",
  phenomenon: "the separator after a date label",
  re: /^[:\-–]$/u,
  examples: [":", "–"],
  counterExamples: [".", "::"],
};
