import type { RegisteredPattern } from "../../pattern";

/** A sentence that opens with a quotation mark. */
export const OPENING_QUOTE_START: RegisteredPattern = {
  id: "speaker/opening-quote-start",
  phenomenon: "a sentence that opens with a quotation mark",
  re: /^\s*["“]/u,
  examples: ["“We will", ' "Yes'],
  counterExamples: ["We “will”", "”"],
};
