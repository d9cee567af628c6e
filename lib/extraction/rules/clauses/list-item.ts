import type { RegisteredPattern } from "../../pattern";

/**
 * One item of a list of names: a capitalised phrase of at most three words ("the Baltic
 * states"), or of capitalised words, "of" and "the" only ("President of Spain Ana Lopez").
 */
export const LIST_ITEM: RegisteredPattern = {
  id: "clauses/list-item",
  phenomenon: "an item of a list of names",
  re: /^(?:the\s+)?[A-Z\u00C0-\u00DE][^\s,;:]*(?:(?:\s+[^\s,;:]+){0,2}|(?:\s+(?:of|the|[A-Z\u00C0-\u00DE][^\s,;:]*)){0,6})$/,
  examples: ["Spain", "the Baltic states", "Greek Prime Minister Nikos Pappas", "President of Spain Ana Lopez"],
  counterExamples: ["the leaders met in Madrid today", "we will send troops"],
};
