import type { RegisteredPattern } from "../../pattern";

/**
 * "Hungary will not allow weapons to pass through its territory": a refusal of transit through
 * the country's own territory is a refusal of its own part (logistics), ruled_out, not opposing
 * the weapons for anyone.
 */
export const OWN_TERRITORY: RegisteredPattern = {
  id: "stance/own-territory",
  phenomenon: "transit through the country's own territory",
  re: /\b(?:its|their|our|my)\s+(?:own\s+)?(?:territory|soil|airspace|ports?|roads|railways?)\b/i,
  examples: ["to pass through its territory", "across our own soil", "through their airspace"],
  counterExamples: ["through Polish territory", "its troops", "through the territory of Poland"],
};
