import type { RegisteredPattern } from "../../pattern";

/** A stance word that only hedges. */
export const WEAK_CUE: RegisteredPattern = {
  id: "confidence/weak-cue",
  phenomenon: "a stance word that only hedges",
  re: /^(?:would|could|might|may|potential)/iu,
  examples: ["would", "could", "potentially"],
  counterExamples: ["will", "ready"],
};
