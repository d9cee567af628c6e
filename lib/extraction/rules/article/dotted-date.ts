import type { RegisteredPattern } from "../../pattern";

/** A date written with dots or slashes, day first. */
export const DOTTED_DATE: RegisteredPattern = {
  id: "article/dotted-date",
  phenomenon: "a date written with dots or slashes, day first",
  re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/,
  examples: ["02.03.2026", "2/3/2026"],
  counterExamples: ["2.3.26", "2026.03.02"],
};
