import type { RegisteredPattern } from "../../pattern";

/** The cheap test before an offer's condition. */
export const OFFER_DEPENDS_HINT: RegisteredPattern = {
  id: "conditions/offer-depends-hint",
  phenomenon: "the cheap test before an offer's condition",
  re: /depend|conditional|hinge|contingent/iu,
  examples: ["depends on", "conditional", "hinges"],
  counterExamples: ["needs", "requires"],
};
