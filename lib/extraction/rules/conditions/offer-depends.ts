import type { RegisteredPattern } from "../../pattern";

/**
 * "the American proposal depends on ...", "Germany's participation would be conditional on ...",
 * "That deployment hinges on ...", "Tallinn's offer stands only if ...": the condition is the
 * first group, or the second after a verb of standing.
 */
export const OFFER_DEPENDS: RegisteredPattern = {
  id: "conditions/offer-depends",
  phenomenon: "a condition stated later for a country's whole offer",
  re: /\b(?:proposals?|offers?|participation|contributions?|involvement|support|commitments?|plans?|pledges?|engagement|role|deployments?|missions?)\b[^.;:]{0,40}?\b(?:((?:depends|depend|would depend|will depend|would be conditional|is conditional|will be conditional|hinges|would hinge|is contingent|would be contingent)\s+(?:on|upon)\s+[^;"“”]*?)|(?:stands|holds|applies|is valid|would (?:stand|hold|apply))\s+(only\s+(?:if|once|after|when|as long as)\s+[^;"“”]*?))\s*[.;"”]?$/i,
  examples: [
    "the American proposal depends on a ceasefire",
    "its participation would be conditional on a mandate.",
    "That deployment hinges on a UN mandate.",
    "Tallinn's offer stands only if a ceasefire holds.",
  ],
  counterExamples: [
    "the war depends on many things",
    "the proposal was approved",
    "the offer was welcomed only after a long debate.",
  ],
};
