import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: air policing named by a sky that is another country's ("police the skies over
 * Estonia", "guard the airspace of Poland"): NATO's air policing of an ally, not air cover over
 * Ukraine. Right after the air cue; group 1 is the place, kept when it is a country other than
 * Ukraine (a nationality before the sky, "Estonian airspace", is read on the cue itself).
 */
export const SKY_OF_ANOTHER_COUNTRY: RegisteredPattern = {
  id: "commitments/sky-of-another-country",
  phenomenon: "a sky that is another country's, right after the air cue",
  re: /^\s+(?:over|of|above)\s+(?:the\s+)?(?:(?:(?:(?:south|north)-?)?(?:eastern|western)|southern|northern|central)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u,
  examples: [" over Estonia", " of Poland", " over north-eastern Romania"],
  counterExamples: [" over the city", " over its territory", " from Poland"],
};
