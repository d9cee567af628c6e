import type { RegisteredPattern } from "../../pattern";

/**
 * "by providing", "by sending": the means of the subject's own act, after the object of a first
 * verb; also a "by" that ends the stretch before the commitment cue, whose gerund opens the cue
 * ("will join the coalition by | sharing intelligence").
 */
export const BY_MEANS: RegisteredPattern = {
  id: "engine/by-means",
  phenomenon: "a means phrase of the subject's own act",
  re: /\bby\s+(?:also\s+)?(?:[a-z]+ing\b|$)/g,
  examples: ["will help the coalition by providing", "by also sending", "will join the coalition by "],
  counterExamples: ["by the coalition", "bypassing", "by King Olav"],
};
