import type { RegisteredPattern } from "../../pattern";

/**
 * "..., but all of them say it hinges on a truce": a condition that every contributor
 * named before sets for what they offered (the commitment named in the same sentence). The
 * group is a universal (everyone, all of them, each of them, all the countries), the offer a
 * pronoun or an offer noun; the condition runs to the end of the sentence or the quotation.
 */
export const EVERYONE_SAYS_IT_DEPENDS: RegisteredPattern = {
  id: "conditions/everyone-says-it-depends",
  phenomenon: "every contributor named before sets one condition for its offer",
  re: /\b(?:everyone|everybody|all of them|they all|each of them|every one of them|all (?:the |these |those )?(?:countries|governments|allies|partners|contributors))\b[^.;"“”]{0,30}?\b(?:it|this|that|(?:their|its|the) (?:\w+ )?(?:participation|contributions?|involvement|offers?|deployment|commitments?))\s+((?:depends|would depend|will depend|is conditional|would be conditional|will be conditional|hinges|would hinge|is contingent|would be contingent)\s+(?:on|upon)\s+[^;"“”]*?)\s*(?:[.;,]?["”]|[.;]?$)/i,
  examples: [
    "yet everybody insists it hinges on a truce.",
    'all of them said their participation would depend on a US backstop,"',
    "each of them says it hinges on a ceasefire",
  ],
  counterExamples: [
    "the offer depends on a ceasefire",
    "everyone knows the war depends on supplies",
    "it depends on a deal",
  ],
};
