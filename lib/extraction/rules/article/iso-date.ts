import type { RegisteredPattern } from "../../pattern";

/** A calendar date written as YYYY-MM-DD. */
export const ISO_DATE: RegisteredPattern = {
  id: "article/iso-date",
  phenomenon: "a calendar date written as YYYY-MM-DD",
  re: /\b(\d{4})-(\d{2})-(\d{2})\b/,
  examples: ["2026-03-02", "on 2026-03-02,"],
  counterExamples: ["2026-3-2", "12026-03-021"],
};
