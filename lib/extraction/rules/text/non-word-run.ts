import type { RegisteredPattern } from "../../pattern";

/** What normalisation turns into one space. */
export const NON_WORD_RUN: RegisteredPattern = {
  id: "text/non-word-run",
  phenomenon: "what normalisation turns into one space",
  re: /[^a-z0-9\u00C0-\u024F]+/g,
  examples: [", ", "!", "—"],
  counterExamples: ["abc", "é"],
};
