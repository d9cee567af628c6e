import type { RegisteredPattern } from "../../pattern";

/** A label that opens a date line. */
export const DATE_LABEL: RegisteredPattern = {
  id: "article/date-label",
  phenomenon: "a label that opens a date line",
  re: /^\s*(?:date|published|updated|posted|last updated)\b/iu,
  examples: ["Published: 2 March", "Last updated 14:00"],
  counterExamples: ["Publishers", "The date"],
};
