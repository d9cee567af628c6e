import type { RegisteredPattern } from "../../pattern";

/** A sentence that ends on a question mark. */
export const TRAILING_QUESTION_MARK: RegisteredPattern = {
  id: "furniture/trailing-question-mark",
  phenomenon: "a sentence that ends on a question mark",
  re: /\?\s*$/u,
  examples: ["Will Spain send ships?", "Why? "],
  counterExamples: ["Spain will send ships.", "Why? No."],
};
