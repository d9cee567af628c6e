import type { RegisteredPattern } from "../../pattern";

// Sentences without a digit, a weekday or a month name cannot name a date.
export const DATE_HINT: RegisteredPattern = {
  id: "dates/date-hint",
  phenomenon: "the cheap test before the date patterns: a digit, a weekday or a month",
  re: /\d|day\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  examples: ["26", "on Tuesday", "in March"],
  counterExamples: ["said it would help", "the plan"],
};
