import type { RegisteredPattern } from "../../pattern";

/** The first preposition of a subject, where its head ends. */
export const FIRST_PREPOSITION: RegisteredPattern = {
  id: "subjects/first-preposition",
  phenomenon: "the first preposition of a subject, where its head ends",
  re: /\b(?:between|with|in|to|for|from|of|on|about|among|against|including|by|than|at)\b/i,
  examples: ["convergence between", "the plan for", "talks with"],
  counterExamples: ["the coalition", "within"],
};
