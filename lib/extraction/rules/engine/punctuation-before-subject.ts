import type { RegisteredPattern } from "../../pattern";

/** A comma, semicolon or colon before the first country. */
export const PUNCTUATION_BEFORE_SUBJECT: RegisteredPattern = {
  id: "engine/punctuation-before-subject",
  phenomenon: "a comma, semicolon or colon before the first country",
  re: /[,;:]/u,
  examples: ["After talks,", "a; b", "a: b"],
  counterExamples: ["a b", "a. b"],
};
