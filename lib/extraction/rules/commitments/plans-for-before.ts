import type { RegisteredPattern } from "../../pattern";

/**
 * Plans for a force name the force itself; so does the need for one ("questioned the need for a
 * reassurance force"), and a mandate for one ("would veto any mandate for Western forces": what
 * is vetoed is the force).
 */
export const PLANS_FOR_BEFORE: RegisteredPattern = {
  id: "commitments/plans-for-before",
  phenomenon: "plans for a force name the force itself",
  re: /\b(?:plans?|needs?|necessity|proposals?|ideas?|calls?|call(?:ed|ing)|push(?:es|ed|ing)?|talks|preparations?|blueprints?|framework|arrangements?|mandates?|authori[sz]ations?)\s+for\s+(?:an?|the|any|such an?)?\s*(?:[\w-]+\s+)?$/i,
  examples: [
    "plans for a ",
    "proposals for the European ",
    "push for a European ",
    "the need for a ",
    "veto any mandate for Western ",
    "a UN authorisation for the ",
  ],
  counterExamples: ["support for a ", "plans to send "],
};
