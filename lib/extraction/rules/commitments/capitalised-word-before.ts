import type { RegisteredPattern } from "../../pattern";

/** A capitalised word right before a phrase ("... Assistance and Training Mission"): the phrase goes on a name. */
export const CAPITALISED_WORD_BEFORE: RegisteredPattern = {
  id: "commitments/capitalised-word-before",
  phenomenon: "a capitalised word (or an organisation) right before a capitalised phrase that ends in a body noun",
  re: /(?:^|\s)(?:[A-Z][\w-]*|and)\s+$/,
  examples: ["the NATO Security Assistance and ", "the EU "],
  counterExamples: ["will run a ", "the "],
};
