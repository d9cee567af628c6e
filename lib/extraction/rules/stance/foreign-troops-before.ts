import type { RegisteredPattern } from "../../pattern";

/** Troops named as foreign, Western or allied. */
export const FOREIGN_TROOPS_BEFORE: RegisteredPattern = {
  id: "stance/foreign-troops-before",
  phenomenon: "troops named as foreign, Western or allied",
  re: /\b(?:foreign|western|European|NATO|allied|Western)\s+(?:[\w-]+\s+)?$/i,
  examples: ["foreign ", "NATO ground ", "European "],
  counterExamples: ["British ", "its own "],
};
