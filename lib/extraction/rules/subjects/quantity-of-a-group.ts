import type { RegisteredPattern } from "../../pattern";

/**
 * A head that only counts ("26 of Ukraine's allies", "most of the partners", "a dozen of
 * them"): the group after "of" is the head that says who, so "26 of the allies" is as generic
 * as "the allies", not the speaker's own view.
 */
export const QUANTITY_OF_A_GROUP: RegisteredPattern = {
  id: "subjects/quantity-of-a-group",
  phenomenon: "a head that only counts the group after it",
  re: /^\s*(?:the\s+)?(?:\d[\d,]*|a (?:dozen|handful|number|majority|few)|dozens|most|many|all|half|none|each|several|some|few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:-\w+)?|thirty(?:-\w+)?)\s+of\s+/i,
  examples: ["26 of Ukraine's allies", "most of the partners", "a dozen of them", "twenty-six of the countries"],
  counterExamples: ["the leaders of France", "26 countries", "support of the allies"],
};
