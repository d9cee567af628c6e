import type { RegisteredPattern } from "../../pattern";

/** Ukraine's or Russia's own forces, and those fighting on Russia's side (North Korea's). */
export const FOREIGN_FORCE_BEFORE: RegisteredPattern = {
  id: "commitments/foreign-force-before",
  phenomenon: "Ukraine's or Russia's own forces, or its allies' in the war",
  re: /\b(?:Ukrainian|Ukraine's|Ukraine’s|Russian|Russia's|Russia’s|North Korean|North Korea's|North Korea’s|Pyongyang's|Pyongyang’s|enemy)\s+(?:\w+\s+)?$/u,
  examples: ["Ukrainian ", "Russia's ground ", "North Korea's "],
  counterExamples: ["British ", "Ukrainian and British "],
};
