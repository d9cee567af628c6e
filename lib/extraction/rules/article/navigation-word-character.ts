import type { RegisteredPattern } from "../../pattern";

/** A character of a breadcrumb word. */
export const NAVIGATION_WORD_CHARACTER: RegisteredPattern = {
  id: "article/navigation-word-character",
  phenomenon: "a character of a breadcrumb word",
  re: /^[\p{L}\p{N}'’ -]$/u,
  examples: ["a", "7", "’"],
  counterExamples: ["/", "ab"],
};
