import type { RegisteredPattern } from "../../pattern";

/** A closing quotation mark. */
export const CLOSING_QUOTE_MARK: RegisteredPattern = {
  id: "speaker/closing-quote-mark",
  phenomenon: "a closing quotation mark",
  re: /["”»’]/u,
  examples: ["”", "’", "»"],
  counterExamples: ["“", "a"],
};
