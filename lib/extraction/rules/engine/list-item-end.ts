import type { RegisteredPattern } from "../../pattern";

/**
 * What ends a list item before the next ("deploy troops after a ceasefire;", "set up hubs; and",
 * "two minehunters,"): left out when the item is read with its lead-in.
 */
export const LIST_ITEM_END: RegisteredPattern = {
  id: "engine/list-item-end",
  phenomenon: "what ends a list item before the next",
  re: /\s*(?:[;,]\s*(?:(?:and|or)\s*)?|\s(?:and|or)\s*)$/iu,
  examples: ["after a ceasefire;", "set up hubs; and", "two minehunters,", "training and"],
  counterExamples: ["across Finland", "a hub in Poland."],
};
