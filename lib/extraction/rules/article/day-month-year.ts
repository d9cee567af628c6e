import type { RegisteredPattern } from "../../pattern";
import { MONTH_NAME } from "../../lexicon/calendar";

/** A day, a month name and a year. */
export const DAY_MONTH_YEAR: RegisteredPattern = {
  id: "article/day-month-year",
  phenomenon: "a day, a month name and a year",
  re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, "i"),
  examples: ["2 March 2026", "14 feb. 2026", "1 Sept, 2026"],
  counterExamples: ["March 2", "2 Marche 2026"],
};
