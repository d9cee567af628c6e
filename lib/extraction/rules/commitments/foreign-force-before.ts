import type { RegisteredPattern } from "../../pattern";

/** Ukraine's or Russia's own forces. */
export const FOREIGN_FORCE_BEFORE: RegisteredPattern = {
  id: "commitments/foreign-force-before",
  phenomenon: "Ukraine's or Russia's own forces",
  re: /\b(?:Ukrainian|Ukraine's|Ukraine’s|Russian|Russia's|Russia’s|enemy)\s+(?:\w+\s+)?$/u,
  examples: ["Ukrainian ", "Russia's ground "],
  counterExamples: ["British ", "Ukrainian and British "],
};
