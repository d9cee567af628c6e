import type { RegisteredPattern } from "../../pattern";

/** A closing quotation mark, where a precondition stops. */
export const CLOSING_QUOTE: RegisteredPattern = {
  id: "conditions/closing-quote",
  phenomenon: "a closing quotation mark, where a precondition stops",
  re: /["”]/u,
  examples: ["said”", 'said"'],
  counterExamples: ["said", "“said"],
};
