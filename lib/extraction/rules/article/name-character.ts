import type { RegisteredPattern } from "../../pattern";

/** A character of a name after its capital. */
export const NAME_CHARACTER: RegisteredPattern = {
  id: "article/name-character",
  phenomenon: "a character of a name after its capital",
  re: /^[\p{L}.'’-]$/u,
  examples: ["a", ".", "’"],
  counterExamples: ["7", "ab"],
};
