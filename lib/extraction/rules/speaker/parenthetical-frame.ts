import type { RegisteredPattern } from "../../pattern";

/**
 * A frame inside the sentence between commas ("Portugal, its prime minister said on Tuesday,
 * is ready to ..."): the verb may carry a short tail of time, place or audience ("on Tuesday",
 * "in Lisbon", "told reporters"), never a "that" clause; a frame followed by "adding" or
 * "citing" is the trailing frame of the clause before it.
 */
export const PARENTHETICAL_FRAME: RegisteredPattern = {
  id: "speaker/parenthetical-frame",
  phenomenon: "a frame inside the sentence between commas",
  re: /,\s*([^,"“”]{1,60}?)\s+(?:said|says|added|noted|stressed|insisted|argued|told|confirmed|wrote)(?:\s+(?!that\b)[^\s,"“”]+){0,4}?\s*,\s*(?=\S)(?!(?:adding|citing|noting|stressing|explaining|insisting|saying|while|as)\b)/,
  examples: [
    "We will, the minister said, help",
    "It is, she added, ready",
    "Portugal, its prime minister said on Tuesday, is ready",
    "Spain, the minister told reporters in Madrid, will send",
  ],
  counterExamples: [
    "We will help, the minister said.",
    "It is ready, she said",
    "Spain, the minister said that in Madrid, will send",
    "Spain will help, the minister said on Monday, adding that",
  ],
};
