import type { RegisteredPattern } from "../../pattern";

/** A punctuation mark or a symbol. */
export const PUNCTUATION_OR_SYMBOL: RegisteredPattern = {
  id: "article/punctuation-or-symbol",
  phenomenon: "a punctuation mark or a symbol",
  re: /[\p{P}\p{S}]/u,
  examples: [".", "€", "·"],
  counterExamples: ["a", "7"],
};
