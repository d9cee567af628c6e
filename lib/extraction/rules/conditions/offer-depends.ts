import type { RegisteredPattern } from "../../pattern";

/** "the American proposal depends on ...", "Germany's participation would be conditional on ...". */
export const OFFER_DEPENDS: RegisteredPattern = {
  id: "conditions/offer-depends",
  phenomenon: "a condition stated later for a country's whole offer",
  re: /\b(?:proposals?|offers?|participation|contributions?|involvement|support|commitments?|plans?|pledges?|engagement|role)\b[^.;:]{0,40}?\b((?:depends|depend|would depend|will depend|would be conditional|is conditional|will be conditional|hinges|would hinge|is contingent|would be contingent)\s+(?:on|upon)\s+[^;"“”]*?)\s*[.;"”]?$/i,
  examples: ["the American proposal depends on a ceasefire", "its participation would be conditional on a mandate."],
  counterExamples: ["the war depends on many things", "the proposal was approved"],
};
