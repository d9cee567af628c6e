import type { RegisteredPattern } from "../../pattern";

/**
 * "allow troops to transit through its territory", "the transit of coalition troops": a
 * logistics phrase of transit holds the troops or weapons that pass through; they are what the
 * country lets through, not its own troops or arms, so the troop and arms words inside it are
 * set aside.
 */
export const IN_TRANSIT: RegisteredPattern = {
  id: "commitments/in-transit",
  phenomenon: "troops or weapons named inside a phrase of transit",
  re: /^(?:transit|passage)\b|\b(?:transit|pass)\s+(?:through|across|via)\b/i,
  examples: [
    "transit of coalition troops",
    "troops to transit through",
    "weapons for Ukraine pass through",
    "passage of allied forces",
  ],
  counterExamples: ["logistics hubs", "a transit hub", "its ports for military shipments"],
};
