import type { RegisteredPattern } from "../../pattern";

/** Of right before a country: its office or offer. */
export const OF_BEFORE: RegisteredPattern = {
  id: "speaker/of-before",
  phenomenon: "of right before a country: its office or offer",
  re: /\bof\s+(?:the\s+)?$/iu,
  examples: ["the office of ", "president of the "],
  counterExamples: ["of course ", "offer "],
};
