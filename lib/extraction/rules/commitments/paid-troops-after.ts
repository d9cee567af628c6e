import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: soldiers named as whose pay or welfare the money is for ("to pay soldiers'
 * salaries", "the troops' wages", "servicemen's pensions"): people paid, not a deployment.
 */
export const PAID_TROOPS_AFTER: RegisteredPattern = {
  id: "commitments/paid-troops-after",
  phenomenon: "soldiers' salaries, wages or pensions, right after the troop noun",
  re: /^['’]s?\s+(?:(?:monthly|basic)\s+)?(?:salaries|salary|wages|pay|pensions|allowances|bonuses)\b/,
  examples: ["' salaries", "’ wages", "'s pensions", "' monthly pay"],
  counterExamples: [" to Ukraine", "' presence in Ukraine", " paid by Ukraine"],
};
