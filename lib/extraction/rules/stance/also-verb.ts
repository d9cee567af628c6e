import type { RegisteredPattern } from "../../pattern";

/** A clause that opens with also and a verb. */
export const ALSO_VERB: RegisteredPattern = {
  id: "stance/also-verb",
  phenomenon: "a clause that opens with also and a verb",
  re: /^\s*(?:also|as well)\s+[a-z]+/,
  examples: ["also provide air policing", " as well train"],
  counterExamples: ["Also provide", "also "],
};
