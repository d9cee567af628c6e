import type { RegisteredPattern } from "../../pattern";

/** A not only clause before a but also clause. */
export const NOT_ONLY_BEFORE: RegisteredPattern = {
  id: "stance/not-only-before",
  phenomenon: "a not only clause before a but also clause",
  re: /\bnot\s+(?:only|just|merely)\b/i,
  examples: ["will not only send", "not just money"],
  counterExamples: ["not send", "notonly"],
};
