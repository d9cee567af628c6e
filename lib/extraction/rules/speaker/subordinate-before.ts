import type { RegisteredPattern } from "../../pattern";

/** A subordinating word right before a country. */
export const SUBORDINATE_BEFORE: RegisteredPattern = {
  id: "speaker/subordinate-before",
  phenomenon: "a subordinating word right before a country",
  re: /\b(?:until|unless|if|once|when|while|although|though|after|before|since)\s+(?:the\s+)?$/i,
  examples: ["until ", "if the ", "since "],
  counterExamples: ["with ", "and "],
};
