import type { RegisteredPattern } from "../../pattern";

/** A subordinate clause that opens the frame, and its comma. */
export const LEADING_SUBORDINATE: RegisteredPattern = {
  id: "speaker/leading-subordinate",
  phenomenon: "a subordinate clause that opens the frame, and its comma",
  re: /^\s*(?:until|unless|if|once|when|while|although|though|after|before|since|as long as)\b[^,]*,/i,
  examples: ["Until Ukraine joins NATO,", "If asked,", "As long as it lasts,"],
  counterExamples: ["Ukraine, until", "Unless"],
};
