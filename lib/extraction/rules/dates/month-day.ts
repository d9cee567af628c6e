import type { RegisteredPattern } from "../../pattern";
import { MONTH_AS_WRITTEN } from "../../lexicon/calendar";

/** A month and a day without a year. */
export const MONTH_DAY: RegisteredPattern = {
  id: "dates/month-day",
  phenomenon: "a month and a day without a year",
  re: new RegExp(`\\b${MONTH_AS_WRITTEN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`),
  examples: ["Feb. 26", "August 18th", "on March 3"],
  counterExamples: ["Feb. 26, 2026", "March"],
};
