import type { RegisteredPattern } from "../../pattern";

/**
 * A measure noun that only puts the measure forward: a country's proposal or idea is its support
 * (labelling convention), while its plan, offer, pledge, initiative or decision is its pledge.
 */
export const PROPOSED_MEASURE: RegisteredPattern = {
  id: "stance/proposed-measure",
  phenomenon: "a measure noun that only proposes: the owner's support",
  re: /^(?:proposal|idea)$/u,
  examples: ["proposal", "idea"],
  counterExamples: ["plan", "offer", "proposals to"],
};
