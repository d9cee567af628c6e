import type { RegisteredPattern } from "../../pattern";

/** What may stand between two donors of one list. */
export const LIST_GAP: RegisteredPattern = {
  id: "subjects/list-gap",
  phenomenon: "what may stand between two donors of one list",
  re: /^(?:\s*(?:,|and|or|as well as|plus)\s*)+(?:(?:the|non-EU|non-NATO|EU|NATO|European|members?|countries|nations|partners|states|allies|such as|including|like)\s+)*$/i,
  examples: [", ", " and ", ", as well as non-EU "],
  counterExamples: ["; then ", " but "],
};
