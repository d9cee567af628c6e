import type { RegisteredPattern } from "../../pattern";

/** Not yet before a cue: still open, not refused. */
export const NOT_YET_BEFORE: RegisteredPattern = {
  id: "stance/not-yet-before",
  phenomenon: "not yet before a cue: still open, not refused",
  re: /\bnot yet\s+$/iu,
  examples: ["is not yet "],
  counterExamples: ["is not ", "yet "],
};
