import type { RegisteredPattern } from "../../pattern";

/** A letter or digit just before a candidate name (then it is inside a word). */
export const LETTER_OR_DIGIT_BEFORE: RegisteredPattern = {
  id: "actors/letter-or-digit-before",
  phenomenon: "a letter or digit just before a candidate name (then it is inside a word)",
  re: /[\p{L}\p{N}]/u,
  examples: ["a", "9"],
  counterExamples: ["-", " "],
};
