import type { RegisteredPattern } from "../../pattern";

/** A cue that says what someone ought to do: "should", "must", "ought to", "has to", also negated ("must not send"). */
export const DEONTIC_CUE: RegisteredPattern = {
  id: "stance/deontic-cue",
  phenomenon: "a cue that says what someone ought to do",
  re: /^(?:should|must|ought to|has to|have to|needs? to)(?:\s|$)/i,
  examples: ["should", "must not send", "ought to", "should never deploy"],
  counterExamples: ["will", "shall", "could", "needs"],
};
