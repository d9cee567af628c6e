import type { RegisteredPattern } from "../../pattern";

/** A condition word in the sentence before an elaboration. */
export const CONDITION_HINT: RegisteredPattern = {
  id: "engine/condition-hint",
  phenomenon: "a condition word in the sentence before an elaboration",
  re: /\b(?:once|after|if|when|following|provided|subject to|unless|as soon as)\b/i,
  examples: ["once a ceasefire holds", "subject to approval", "if asked"],
  counterExamples: ["ofen", "whenever"],
};
