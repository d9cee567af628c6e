import type { RegisteredPattern } from "../../pattern";

/**
 * Taking part with nothing named to take part in ("Denmark is prepared to participate in
 * principle", "we will do our part"): what is meant is named elsewhere, here in the pledge's own
 * condition ("If a truce requires a European presence, ...").
 */
export const PARTICIPATION_WITHOUT_OBJECT: RegisteredPattern = {
  id: "commitments/participation-without-object",
  phenomenon: "taking part with nothing named to take part in",
  re: /\b(?:participat(?:e|es|ed|ing)|take part|taking part|contribut(?:e|es|ed|ing)|join(?:s|ed|ing)?(?: in)?|do (?:its|our|their) (?:part|share)|play (?:its|our|their) part)\b(?=\s*(?:$|[,.;:!?"”]|in principle\b|too\b|as well\b))/gi,
  examples: ["is prepared to participate in principle", "will take part,", "we will do our part."],
  counterExamples: ["will participate in the mission", "will take part in talks", "contribute to the force"],
};
