import type { RegisteredPattern } from "../../pattern";

/** What joins two donors after from. */
export const DONOR_JOIN: RegisteredPattern = {
  id: "subjects/donor-join",
  phenomenon: "what joins two donors after from",
  re: /^\s*(?:,|and|as well as|,\s*and)\s*(?:the\s+)?$/iu,
  examples: ["and", ",", " as well as the "],
  counterExamples: ["or", "with"],
};
