import type { RegisteredPattern } from "../../pattern";
import { MONTH_NAME } from "../../lexicon/calendar";

/** A month name, a day and a year. */
export const MONTH_DAY_YEAR: RegisteredPattern = {
  id: "article/month-day-year",
  phenomenon: "a month name, a day and a year",
  re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i"),
  examples: ["March 2, 2026", "Feb. 14 2026"],
  counterExamples: ["2 March 2026", "March 2026"],
};
