import type { RegisteredPattern } from "../../pattern";

/** A possessive that modifies the head, not the head. */
export const POSSESSIVE_WORD: RegisteredPattern = {
  id: "subjects/possessive-word",
  phenomenon: "a possessive that modifies the head, not the head",
  re: /[\w-]+['’]s\b/gu,
  examples: ["the coalition's mission", "Europe’s"],
  counterExamples: ["the coalitions", "its"],
};
