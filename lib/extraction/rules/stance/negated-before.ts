import type { RegisteredPattern } from "../../pattern";

// "not only support ... but also": an addition, not a negation.
export const NEGATED_BEFORE: RegisteredPattern = {
  id: "stance/negated-before",
  phenomenon: 'a negation right before a stance cue, but not "not only"',
  re: /\b(?:not|n't|never|no)\s+(?!(?:only|just|merely)\b)(?:\w+\s+)?$/iu,
  examples: ["is not ", "would not ", "not really "],
  counterExamples: ["not only ", "notably "],
};
