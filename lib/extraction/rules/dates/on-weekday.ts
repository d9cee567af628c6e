import type { RegisteredPattern } from "../../pattern";

/** A weekday named as the day of the statement. */
export const ON_WEEKDAY: RegisteredPattern = {
  id: "dates/on-weekday",
  phenomenon: "a weekday named as the day of the statement",
  re: /\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
  examples: ["on Tuesday", "last Friday", "this Monday"],
  counterExamples: ["Tuesday's vote", "on tuesdays"],
};
