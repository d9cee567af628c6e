import type { RegisteredPattern } from "../../pattern";

/**
 * What stands between a pledge and the list of its means after a colon ("Norway will step up its
 * help: sending radars, training crews and paying for repairs"): the gerund clause after the colon
 * takes the pledge of the clause before it.
 */
export const COLON_ELABORATION: RegisteredPattern = {
  id: "stance/colon-elaboration",
  phenomenon: "a list of means after a colon takes the pledge of the clause before",
  re: /^\s*:\s*$/,
  examples: [": ", ":"],
  counterExamples: [", ", "; "],
};
