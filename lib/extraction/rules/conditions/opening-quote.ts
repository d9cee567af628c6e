import type { RegisteredPattern } from "../../pattern";

/** A sentence that opens with a quotation mark. */
export const OPENING_QUOTE: RegisteredPattern = {
  id: "conditions/opening-quote",
  phenomenon: "a sentence that opens with a quotation mark",
  re: /^["“]/u,
  examples: ["“We will", '"We will'],
  counterExamples: ["We will", "He said “no”"],
};
