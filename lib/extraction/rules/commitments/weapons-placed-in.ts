import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: weapons stationed in another country ("station a Patriot battery in south-eastern
 * Poland", "air-defence systems deployed in Lithuania"): that country's defence, not arms for
 * Ukraine. Right after the arms cue or the words that end its name ("Patriot air-defence battery in"); group 1 is the place, kept when it is a country other than
 * Ukraine. "to" is left alone: weapons sent to Poland for Ukraine pass through it.
 */
export const WEAPONS_PLACED_IN: RegisteredPattern = {
  id: "commitments/weapons-placed-in",
  phenomenon: "weapons stationed in a country, right after the arms cue",
  re: /^(?:\s+(?!(?:to|for|from|with|via|through|and|or)\b)[\p{L}-]+){0,2}?\s+(?:(?:stationed|based|deployed|positioned)\s+)?in\s+(?:the\s+)?(?:(?:(?:(?:south|north)-?)?(?:eastern|western)|southern|northern|central)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u,
  examples: [" in south-eastern Poland", " air-defence battery in Poland", " deployed in Lithuania", " in Romania"],
  counterExamples: [
    " to Poland",
    " to Ukraine in Poland's place",
    " for Ukraine in March",
    " in cooperation with Norway",
    " for Ukraine",
  ],
};
