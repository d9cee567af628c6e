import type { RegisteredPattern } from "../../pattern";
import { MONTH_AS_WRITTEN } from "../../lexicon/calendar";

/** A day and a month without a year. */
export const DAY_MONTH: RegisteredPattern = {
  id: "dates/day-month",
  phenomenon: "a day and a month without a year",
  re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_AS_WRITTEN}\\b(?!,?\\s*\\d{4})`),
  examples: ["6 January", "3rd of March"],
  counterExamples: ["6 January 2026", "6 jan"],
};
