import type { RegisteredPattern } from "../../pattern";

/** A fronted time or discourse adverbial before the subject: "On Tuesday, Poland ...", "Meanwhile, Norway ...". */
export const FRONTED_ADVERBIAL: RegisteredPattern = {
  id: "engine/fronted-adverbial",
  phenomenon: "a fronted time or discourse adverbial before the subject",
  re: /^\s*(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on the same day|meanwhile|separately|earlier|later|also|in addition|at the same time|this week|last week|yesterday|today|in a statement|for its part|in particular|this year|last year|in (?:19|20)\d\d|(?:together|along) with (?:its|their|the|other)?\s*(?:[\w-]+\s+){0,2}?(?:allies|partners|members|neighbours|neighbors|countries|nations))\s*,\s*/i,
  examples: [
    "On Tuesday,",
    "Meanwhile,",
    "For its part, ",
    "Together with its allies, ",
    "In particular, ",
    "In 2027, ",
  ],
  counterExamples: ["On Tuesday", "Tuesday, ", "Together with Poland, "],
};
