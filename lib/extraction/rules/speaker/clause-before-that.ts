import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: the reported clause itself between the reporting verb and a later "that" ("Zelensky
 * said foreign troops were the only real guarantee that Russia would not attack"): a finite verb
 * there means the "that" belongs to the report, not to the frame ("said on Tuesday that").
 */
export const CLAUSE_BEFORE_THAT: RegisteredPattern = {
  id: "speaker/clause-before-that",
  phenomenon: "a finite verb between the reporting verb and a later 'that'",
  re: /\b(?:is|are|was|were|will|would|has|have|had|must|should|could|can|shall)\b/iu,
  examples: [" foreign troops were the only real guarantee ", " it was clear ", " Britain would need assurances "],
  counterExamples: [" on Tuesday ", " in an interview with the BBC ", " "],
};
