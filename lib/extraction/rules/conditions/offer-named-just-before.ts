import type { RegisteredPattern } from "../../pattern";

/**
 * "That deployment hinges on ...", "the contribution depends on ...": a demonstrative or the
 * definite article right before the offer's noun (an adjective may come between) names the
 * offer just made, in the sentence before, not an offer of someone named here.
 */
export const OFFER_NAMED_JUST_BEFORE: RegisteredPattern = {
  id: "conditions/offer-named-just-before",
  phenomenon: "an offer named by a demonstrative or the definite article: the one just made",
  re: /\b(?:the|this|that|such an?)\s+(?:[\w-]+\s+)?$/iu,
  examples: ["That ", "the ", "this new ", "such a "],
  counterExamples: ["Britain's ", "an ", "their "],
};
