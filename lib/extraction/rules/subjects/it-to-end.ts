import type { RegisteredPattern } from "../../pattern";

/** An expletive it and all after it. */
export const IT_TO_END: RegisteredPattern = {
  id: "subjects/it-to-end",
  phenomenon: "an expletive it and all after it",
  re: /\bit\b.*$/iu,
  examples: ["it is possible", "It"],
  counterExamples: ["item", "its"],
};
