import type { RegisteredPattern } from "../../pattern";

/** "Spain, Italy, the Western Balkans and Austria": an item that names no country goes on with the list. */
export const LIST_ITEM_GAP: RegisteredPattern = {
  id: "subjects/list-item-gap",
  phenomenon: "a list item that names no single country goes on with the list",
  re: /^\s*,\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$/u,
  examples: [", the Western Balkans and ", ", Montenegro, ", ", the Gulf states, and the "],
  counterExamples: [" said that ", ", which will help "],
};
