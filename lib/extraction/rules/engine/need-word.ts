import type { RegisteredPattern } from "../../pattern";

/** A stance word that states a need ("needs", "requires"), not a will or a wish of the subject's own. */
export const NEED_WORD: RegisteredPattern = {
  id: "engine/need-word",
  phenomenon: "a stance word that states a need, not the subject's own will",
  re: /^(?:needs?|needed|requires?|required)$/i,
  examples: ["needs", "need", "requires"],
  counterExamples: ["wants", "calls for", "needs to be"],
};
