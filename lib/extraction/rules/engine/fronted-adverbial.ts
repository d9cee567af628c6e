import type { RegisteredPattern } from "../../pattern";

/** A fronted time or discourse adverbial before the subject: "On Tuesday, Poland ...", "Meanwhile, Norway ...". */
export const FRONTED_ADVERBIAL: RegisteredPattern = {
  id: "engine/fronted-adverbial",
  phenomenon: "a fronted time or discourse adverbial before the subject",
  re: /^\s*(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on the same day|meanwhile|separately|earlier|later|also|in addition|at the same time|this week|last week|yesterday|today|in a statement|for its part)\s*,\s*/i,
  examples: ["On Tuesday,", "Meanwhile,", "For its part, "],
  counterExamples: ["On Tuesday", "Tuesday, "],
};
