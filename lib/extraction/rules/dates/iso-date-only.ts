import type { RegisteredPattern } from "../../pattern";

/** A calendar date written as YYYY-MM-DD and nothing else. */
export const ISO_DATE_ONLY: RegisteredPattern = {
  id: "dates/iso-date-only",
  phenomenon: "a calendar date written as YYYY-MM-DD and nothing else",
  re: /^(\d{4})-(\d{2})-(\d{2})$/,
  examples: ["2026-03-02"],
  counterExamples: ["2026-3-2", "on 2026-03-02"],
};
