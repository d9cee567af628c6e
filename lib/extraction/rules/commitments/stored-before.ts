import type { RegisteredPattern } from "../../pattern";

/**
 * Weapons or equipment kept somewhere, right before the type word ("hubs that could also store
 * weapons", "depots housing military equipment"): what a facility holds, not what is given.
 */
export const STORED_BEFORE: RegisteredPattern = {
  id: "commitments/stored-before",
  phenomenon: "weapons or equipment a facility keeps, not what is given",
  re: /\b(?:stor(?:e|es|ed|ing)|stockpil(?:e|es|ed|ing)|hous(?:e|es|ed|ing)|warehous\w*)\s+(?:(?:the|its|their|some|more|also)\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$/i,
  examples: ["could also store ", "depots housing ", "store their ", "store shells and "],
  counterExamples: ["will send ", "restore ", "stores of "],
};
