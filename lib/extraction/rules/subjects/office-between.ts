import type { RegisteredPattern } from "../../pattern";

/** An office between a country and its leader's name. */
export const OFFICE_BETWEEN: RegisteredPattern = {
  id: "subjects/office-between",
  phenomenon: "an office between a country and its leader's name",
  re: /^\s*(?:Prime Minister|President|Chancellor|Foreign Minister|Defen[cs]e Minister|leader|PM)\s*$/iu,
  examples: ["Prime Minister", " leader "],
  counterExamples: ["Prime Minister and", "minister"],
};
