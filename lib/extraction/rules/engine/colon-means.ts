import type { RegisteredPattern } from "../../pattern";

/**
 * ": providing jets, spare parts and training": the list of means after a colon is the subject's
 * own act, also after a group named in the clause before ("will back the jet coalition: sending ...").
 */
export const COLON_MEANS: RegisteredPattern = {
  id: "engine/colon-means",
  phenomenon: "a list of means after a colon is the subject's own act",
  re: /:\s*(?:[a-z]+ing\b|$)/g,
  examples: ["the jet coalition: providing", ": sending", "the drone coalition: "],
  counterExamples: [": Providing", ", providing", ": the coalition"],
};
