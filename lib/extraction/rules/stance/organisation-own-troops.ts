import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: an organisation's own troops ("We will not deploy NATO troops to Ukraine", said
 * by NATO's secretary general): for NATO or the EU refusing them, "NATO troops" or "EU forces"
 * are its own, so the refusal excludes its own part (ruled out) rather than opposing foreign
 * troops for anyone.
 */
export const ORGANISATION_OWN_TROOPS: RegisteredPattern = {
  id: "stance/organisation-own-troops",
  phenomenon: "NATO troops refused by NATO are its own",
  re: /\b(?:NATO|Nato|EU|alliance|bloc)\s+(?:[\w-]+\s+)?$/,
  examples: ["NATO ", "EU ground ", "alliance "],
  counterExamples: ["foreign ", "European ", "Western "],
};
