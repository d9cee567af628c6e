import type { RegisteredPattern } from "../../pattern";

/** A sentence that elaborates the pledge before it. */
export const ELABORATION: RegisteredPattern = {
  id: "engine/elaboration",
  phenomenon: "a sentence that elaborates the pledge before it",
  re: /^\s*(?:["“]\s*)?(?:our|its|their|his|her|this|that|the|such)\s+(?:[\w-]+\s+)?(?:contributions?|role|participation|part|share|involvement|efforts?|support)\b/i,
  examples: ["Our contribution will focus on", "“Its role would be", "the support"],
  counterExamples: ["Norway will", "our allies"],
};
