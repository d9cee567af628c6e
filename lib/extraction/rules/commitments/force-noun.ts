import type { RegisteredPattern } from "../../pattern";

/** A force, deployment, mission or contingent named as such. */
export const FORCE_NOUN: RegisteredPattern = {
  id: "commitments/force-noun",
  phenomenon: "a force, deployment or mission named as such",
  re: /\b(?:forces?|deployment|mission|contingent)\b/iu,
  examples: ["a European force", "the deployment", "the mission", "any European contingent"],
  counterExamples: ["troops", "forceful"],
};
