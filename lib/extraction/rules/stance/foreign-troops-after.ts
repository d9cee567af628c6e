import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: troops named as foreign by where they come from, after the noun ("no troops from any
 * NATO country in Ukraine", "soldiers of Western states"): others' troops, so refusing them is
 * opposing the measure, as for "no foreign troops". Not a force of the country's own ("troops from
 * its own army", "soldiers from our brigade in Lithuania").
 */
export const FOREIGN_TROOPS_AFTER: RegisteredPattern = {
  id: "stance/foreign-troops-after",
  phenomenon: "troops named as foreign by the countries they come from, after the noun",
  re: /^\s+(?:from|of)\s+(?:any\s+|the\s+|other\s+)?(?:NATO|Western|western|European|foreign|allied|Alliance|EU)\s+(?:(?:member|partner)\s+)?(?:countr(?:y|ies)|states?|nations?|members?|armies)\b/,
  examples: [
    " from any NATO country in Ukraine",
    " from NATO countries may be stationed",
    " of Western states",
    " from European nations",
    " of NATO member states",
  ],
  counterExamples: [" from its own army", " from our brigade in Lithuania", " from Britain", " of the coalition"],
};
