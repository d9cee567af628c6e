import type { RegisteredPattern } from "../../pattern";

/** A semicolon or full stop between two cues: not one stretch of text. */
export const SENTENCE_BREAK_BETWEEN: RegisteredPattern = {
  id: "commitments/sentence-break-between",
  phenomenon: "a semicolon or full stop between two cues: not one stretch of text",
  re: /;|\.\s/u,
  examples: ["arms; money", "aid. Then"],
  counterExamples: ["arms and money", "2.5 billion"],
};
