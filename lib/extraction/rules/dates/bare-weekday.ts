import type { RegisteredPattern } from "../../pattern";

/** A weekday alone, perhaps with its part of the day. */
export const BARE_WEEKDAY: RegisteredPattern = {
  id: "dates/bare-weekday",
  phenomenon: "a weekday alone, perhaps with its part of the day",
  re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?\b/,
  examples: ["Tuesday", "Friday night"],
  counterExamples: ["tuesday", "Fridays"],
};
