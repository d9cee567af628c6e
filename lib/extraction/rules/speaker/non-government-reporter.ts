import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: analysts, experts, think tanks, polls and the opposition speak for no government
 * ("Analysts say Britain will struggle to send ...", "Opposition leader X said Britain should
 * not ..."): what they report or urge is no country's position (labelling convention). Only
 * the reporter counts, not the rest of the frame ("..., he said, citing experts"). Nor do a
 * city's mayor or a region's premier or governor speak for the national government.
 */
export const NON_GOVERNMENT_REPORTER: RegisteredPattern = {
  id: "speaker/non-government-reporter",
  phenomenon: "analysts, experts, polls and the opposition speak for no government",
  re: /\b(?:analysts?|experts?|think[\s-]?tanks?|researchers?|institute|polls?|surveys?|commentators?|opposition|critics|columnists?|academics?|professors?|scholars?|pundits|economists?|associations?|foundations?|advisory (?:body|council|board|committee)|(?:body|council|board|panel) that advises|mayors?|governors?|(?:state|regional|provincial) (?:premier|leader|president|governor|government)s?)\b/i,
  examples: [
    "Analysts say",
    "a think tank",
    "the opposition leader",
    "the chairman of the veterans' association",
    "an advisory body",
    "Warsaw mayor",
    "Bavarian state premier",
  ],
  counterExamples: ["the minister", "the government"],
};
