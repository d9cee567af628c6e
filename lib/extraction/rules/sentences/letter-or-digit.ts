import type { RegisteredPattern } from "../../pattern";

/** A span with a letter or a digit. */
export const LETTER_OR_DIGIT: RegisteredPattern = {
  id: "sentences/letter-or-digit",
  phenomenon: "a span with a letter or a digit",
  re: /[\p{L}\p{N}]/u,
  examples: ["a", "7", "é"],
  counterExamples: ["...", "—"],
};
