import type { RegisteredPattern } from "../../pattern";

/**
 * A sentence that elaborates the pledge before it: "Our contribution will focus on ...", or the
 * pledge itself as "this" ("Starmer said this would include hubs run by Britain").
 */
export const ELABORATION: RegisteredPattern = {
  id: "engine/elaboration",
  phenomenon: "a sentence that elaborates the pledge before it",
  re: /^\s*(?:["“]\s*)?(?:our|its|their|his|her|this|that|the|such)\s+(?:[\w-]+\s+)?(?:contributions?|role|participation|part|share|involvement|efforts?|support)\b|^\s*(?:["“]\s*)?(?:this|that)\s+(?:(?:would|will)\s+)?(?:also\s+)?(?:include|involve|entail|mean)?\s*$/i,
  examples: ["Our contribution will focus on", "“Its role would be", "the support", "this ", "this would include "],
  counterExamples: ["Norway will", "our allies", "this country "],
};
