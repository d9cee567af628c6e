import type { RegisteredPattern } from "../../pattern";

/** ", which borders Ukraine," inside a clause: a parenthesis about the subject, not a clause of its own. */
export const RELATIVE_START: RegisteredPattern = {
  id: "clauses/relative-start",
  phenomenon: "a clause that opens with which or who",
  re: /^\s*(?:which|who)\b/i,
  examples: ["which borders Ukraine", " who spoke first"],
  counterExamples: ["whichever comes first", "whom we met"],
};
