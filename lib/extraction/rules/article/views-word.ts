import type { RegisteredPattern } from "../../pattern";

/** The word after a count, as a whole word. */
export const VIEWS_WORD: RegisteredPattern = {
  id: "article/views-word",
  phenomenon: "the word after a count, as a whole word",
  re: /^(?:views?|reads?|comments?|shares?)\b/iu,
  examples: ["views", "shares"],
  counterExamples: ["viewsheds", "likes"],
};
