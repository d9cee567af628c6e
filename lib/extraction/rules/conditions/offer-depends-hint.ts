import type { RegisteredPattern } from "../../pattern";

/** The cheap test before an offer's condition. */
export const OFFER_DEPENDS_HINT: RegisteredPattern = {
  id: "conditions/offer-depends-hint",
  phenomenon: "the cheap test before an offer's condition",
  re: /depend|conditional|hinge|contingent|s only (?:if|once|after|when|as long)/iu,
  examples: ["depends on", "conditional", "hinges", "stands only if"],
  counterExamples: ["needs", "requires", "only if"],
};
