import type { RegisteredPattern } from "../../pattern";

/** A line that ends like a sentence or a label. */
export const CLOSING_PUNCTUATION: RegisteredPattern = {
  id: "furniture/closing-punctuation",
  phenomenon: "a line that ends like a sentence or a label",
  re: /[.!?"”’»)…:]$/u,
  examples: ["It rained.", "Why?", "Details:"],
  counterExamples: ["Background", "Talks in Paris"],
};
