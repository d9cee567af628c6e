import type { RegisteredPattern } from "../../pattern";

/**
 * The colon that ends a list's lead-in ("The two countries will:"): left out when an item is
 * read with its lead-in, so that "will" meets the item's verb.
 */
export const LEAD_IN_END: RegisteredPattern = {
  id: "engine/lead-in-end",
  phenomenon: "the colon that ends a list's lead-in",
  re: /\s*:\s*$/u,
  examples: ["The two countries will:", "pledged on Tuesday: "],
  counterExamples: ["Britain will help.", "at 10:30 GMT"],
};
