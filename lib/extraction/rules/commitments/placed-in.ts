import type { RegisteredPattern } from "../../pattern";

/** "troops in Poland", "soldiers stationed in Romania": where the troops are, right after them. */
export const PLACED_IN: RegisteredPattern = {
  id: "commitments/placed-in",
  phenomenon: "where troops are, right after them",
  re: /^\s+(?:(?:already|currently|now|permanently|stationed|based|deployed)\s+)?(?:in|to|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u,
  examples: [" in Poland", " stationed in Romania", " to Estonia"],
  counterExamples: ["and Poland", " near Poland"],
};
