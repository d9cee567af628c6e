import type { RegisteredPattern } from "../../pattern";

/**
 * The cue of a delivery under way ("drones are headed to Ukraine, the minister said"): what is
 * delivered is the speaker's gift, its committed part, not its view of a measure
 * (stance-word/a-delivery-under-way finds the cue; this tells its text apart).
 */
export const DELIVERY_UNDER_WAY: RegisteredPattern = {
  id: "subjects/delivery-under-way",
  phenomenon: "what is on its way to Ukraine is the speaker's gift, not its view",
  re: /\b(?:headed|heading|on (?:its|their) way|shipped|dispatched|flown|transported)\b/i,
  examples: ["are headed to", "is on its way to", "were dispatched to"],
  counterExamples: ["will", "plans to", "are ready"],
};
