import type { RegisteredPattern } from "../../pattern";

/**
 * "Budapest would not allow the transit of weapons across Hungarian territory": the territory
 * named by a country's adjective or name; when that country is the one refusing the transit, the
 * refusal is of its own part (ruled_out), as with "its territory". Another country's territory
 * ("through Polish territory", refused by Hungary) stays opposition to the measure.
 */
export const NAMED_OWN_TERRITORY: RegisteredPattern = {
  id: "stance/named-own-territory",
  phenomenon: "transit through a territory named by the refusing country's adjective",
  re: /\b(\p{Lu}[\p{L}’'-]+)\s+(?:territory|soil|airspace|ports?|roads|railways?)\b/u,
  examples: ["across Hungarian territory", "through Slovak airspace", "via Bulgarian ports"],
  counterExamples: ["across its territory", "through the territory of Poland", "on the ground"],
};
