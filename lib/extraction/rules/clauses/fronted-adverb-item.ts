import type { RegisteredPattern } from "../../pattern";

/** "Meanwhile, A, B, and C agreed ...": a fronted adverb before a list is not one of its items. */
export const FRONTED_ADVERB_ITEM: RegisteredPattern = {
  id: "clauses/fronted-adverb-item",
  phenomenon: "a fronted adverb before a list of names is not one of its items",
  re: /^(?:Meanwhile|However|Also|Separately|Earlier|Later|Today|Yesterday|Previously|Moreover|Furthermore|In addition|At the same time|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/,
  examples: ["Meanwhile", "In addition", "On Tuesday"],
  counterExamples: ["Spain", "the Baltic states", "Meanwhile Spain"],
};
