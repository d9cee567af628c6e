import type { RegisteredPattern } from "../../pattern";

/**
 * The force someone backs or covers is the beneficiary, not a pledge; so is the force that
 * something is made available to or put at the disposal of ("make staging areas available to the
 * multinational force"), and the force intelligence or equipment is shared with or given to.
 */
export const BENEFICIARY_BEFORE: RegisteredPattern = {
  id: "commitments/beneficiary-before",
  phenomenon: "the force someone backs, covers or makes something available to is the beneficiary, not a pledge",
  re: /\b(?:for|backing(?: up)?|back(?: up)?|backs up|backed up|backstop(?: to)?|behind|support(?:ing)?(?: to)?|cover to|protection to|assistance to|protect(?:ing)?|reinforc(?:e|ing)|available to|at the disposal of|(?:intelligence|information|data|imagery|equipment|supplies)\s+(?:with|to))\s+(?:an?|the|any|such an?)?\s*(?:[\w-]+\s+)?$/i,
  examples: [
    "a backstop for the ",
    "support any European-led ",
    "air cover to a ",
    "would back up the ",
    "make staging areas available to the ",
    "put its ports at the disposal of the ",
    "share intelligence with a European-led ",
    "provide satellite imagery to the ",
  ],
  counterExamples: ["send a ", "deploy the ", "contribute soldiers to the ", "with a "],
};
