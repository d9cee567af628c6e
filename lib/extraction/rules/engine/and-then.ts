import type { RegisteredPattern } from "../../pattern";

/** And or then before a second predicate. */
export const AND_THEN: RegisteredPattern = {
  id: "engine/and-then",
  phenomenon: "and or then before a second predicate",
  re: /\s(?:and|then)\s+(?:also\s+)?/g,
  examples: ["will lead the coalition and deploy", " then also send"],
  counterExamples: ["android", "sandwich"],
};
