import type { RegisteredPattern } from "../../pattern";

/** The word after a count of views or comments. */
export const COUNTER_WORD: RegisteredPattern = {
  id: "article/counter-word",
  phenomenon: "the word after a count of views or comments",
  re: /^(?:views?|reads?|comments?|shares?|переглядів)/iu,
  examples: ["views", "comments", "переглядів"],
  counterExamples: ["likes", "a view"],
};
