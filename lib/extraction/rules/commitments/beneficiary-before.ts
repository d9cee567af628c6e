import type { RegisteredPattern } from "../../pattern";

/**
 * The force someone backs or covers, or shares intelligence or equipment with, is the
 * beneficiary, not a pledge.
 */
export const BENEFICIARY_BEFORE: RegisteredPattern = {
  id: "commitments/beneficiary-before",
  phenomenon: "the force someone backs or covers is the beneficiary, not a pledge",
  re: /\b(?:for|backing(?: up)?|back(?: up)?|backs up|backed up|backstop(?: to)?|behind|support(?:ing)?(?: to)?|cover to|protection to|assistance to|protect(?:ing)?|reinforc(?:e|ing)|(?:intelligence|information|data|imagery|equipment|supplies)\s+(?:with|to))\s+(?:an?|the|any|such an?)?\s*(?:[\w-]+\s+)?$/i,
  examples: [
    "a backstop for the ",
    "support any European-led ",
    "air cover to a ",
    "would back up the ",
    "share intelligence with a European-led ",
    "provide satellite imagery to the ",
  ],
  counterExamples: ["send a ", "deploy the ", "with a "],
};
