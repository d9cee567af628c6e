import type { RegisteredPattern } from "../../pattern";

/**
 * An organisation that names a thing, not an actor: "NATO ambitions", "EU membership", the
 * forces of its members ("NATO aircraft over Ukraine", "the NATO brigade in Latvia"), and
 * the members it classifies ("the first EU country to", "any other EU or NATO member",
 * "a NATO ally"), also as the first of two organisations before the noun.
 */
export const ORGANISATION_AS_MODIFIER: RegisteredPattern = {
  id: "subjects/organisation-as-modifier",
  phenomenon: "an organisation that names a thing, not an actor",
  re: /^\s*(?:(?:,|and|or)\s+[A-Z][\w-]*\s+)?(?:troops|forces|territory|soldiers|aircraft|jets|planes|warplanes|warships|ships|vessels|navies|brigades?|battle\s?groups?|contingents?|units|monitors|observers|instructors|foreign(?!\s+ministers?\b)|defen[cs]e(?!\s+ministers?\b)|membership|accession|ambitions?|aspirations?|integration|path|summit|standards|members?|member[\s-]states?|countr(?:y|ies)|nations?|states?|all(?:y|ies)|levels?)\b/u,
  examples: [
    "troops",
    " membership",
    " ambitions",
    " country to",
    " or NATO member",
    " ally",
    " level",
    " aircraft over Ukraine",
    " warships in the Black Sea",
    " brigade in Latvia",
  ],
  // "EU defence ministers agreed": the Council of the EU acting, as "EU leaders" is.
  counterExamples: ["will", " leaders", " and France will", " or Britain will", " defence ministers agreed"],
};
