import type { RegisteredPattern } from "../../pattern";

// "not only support ... but also": an addition, not a negation.
export const NEGATED_BEFORE: RegisteredPattern = {
  id: "stance/negated-before",
  phenomenon: 'a negation right before a stance cue, but not "not only"',
  // "n't" follows a letter, so no word boundary comes before it ("won't be ready").
  re: /(?:\b(?:not|never|no)|n['’]t)\s+(?!(?:only|just|merely)\b)(?:\w+\s+)?$/iu,
  examples: ["is not ", "would not ", "not really ", "won't be ", "isn’t "],
  counterExamples: ["not only ", "notably "],
};
