import type { RegisteredPattern } from "../../pattern";

/**
 * "Denmark set out its offer on Monday: instructors to train ...": a colon after a pledge noun
 * opens the pledge's content, not a clause of its own, so the items stay with their owner.
 */
export const PLEDGE_CONTENT_COLON: RegisteredPattern = {
  id: "clauses/pledge-content-colon",
  phenomenon: "a colon after a pledge noun opens the pledge's content",
  re: /\b(?:offer|contribution|provision|donation|pledge)s?(?:\s+on\s+[A-Z][a-z]+)?\s*$/i,
  examples: ["Denmark set out its offer on Monday", "its new contribution", "their contributions"],
  counterExamples: ["the minister said", "it will offer training"],
};
