import type { RegisteredPattern } from "../../pattern";

/**
 * "Norway (€40 million), Finland (€15 million) and Iceland": an aside in brackets after an item
 * of a list (an amount, a share, a spelled-out name) belongs to that item; the list goes on
 * after it as if the brackets were not there.
 */
export const BRACKETED_ASIDE: RegisteredPattern = {
  id: "subjects/bracketed-aside",
  phenomenon: "an aside in brackets after a list item belongs to the item, the list goes on after it",
  re: /^\s*\([^()]{1,90}\)/u,
  examples: [" (€40 million)", " (about a third of the total)", "(NOK 2 billion via its fund)"],
  counterExamples: [" and (", ", which (", " (an unclosed aside"],
};
