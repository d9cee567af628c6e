import type { RegisteredPattern } from "../../pattern";

/** A proposal or initiative right after a country. */
export const PROPOSAL_AFTER: RegisteredPattern = {
  id: "subjects/proposal-after",
  phenomenon: "a proposal or initiative right after a country",
  re: /^\s*(?:proposals?|initiative)\b/u,
  examples: ["proposal", " initiative"],
  counterExamples: [" plan", "Proposal"],
};
