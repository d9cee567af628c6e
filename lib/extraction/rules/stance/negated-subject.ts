import type { RegisteredPattern } from "../../pattern";

/** A subject that is negated: nobody pledges. */
export const NEGATED_SUBJECT: RegisteredPattern = {
  id: "stance/negated-subject",
  phenomenon: "a subject that is negated: nobody pledges",
  re: /\b(?:neither|nor|no country|none of)\b/i,
  examples: ["neither Paris", "no country", "none of them"],
  counterExamples: ["nobody", "nortern"],
};
