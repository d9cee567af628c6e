import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a clause that opens on a time long past ("Three years ago Britain ruled out
 * putting troops on the ground; Starmer now says ..."): what it reports is background, like a
 * sentence that opens on the past (`section/earlier`), so a later clause of the same sentence
 * states the position of the day. A year (`year`) counts only before the article's own year.
 */
export const CLAUSE_IN_THE_PAST: RegisteredPattern = {
  id: "engine/clause-in-the-past",
  phenomenon: "a clause that opens on a time long past",
  re: /^\W*(?:(?:and|but|while|whereas)\s+)?(?:(?:\w+|\d+)\s+(?:years?|months?|decades?)\s+ago|(?:back\s+)?in\s+(?:(?:the\s+)?(?:early|late|spring|summer|autumn|winter|first days|first months)\s+(?:of\s+)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>(?:19|20)\d\d)|at the (?:start|beginning|outset) of the (?:war|invasion|full-scale invasion))\b/iu,
  examples: [
    "Three years ago Britain ruled out",
    "; two years ago it refused",
    "Back in 2022 Germany declined",
    "In 2023, Poland ruled out",
    "At the start of the war, Italy said",
    "but in the spring of 2022 it refused",
  ],
  counterExamples: ["Britain ruled out three years ago", "In two years the force", "Now Starmer says", "In 2 weeks"],
};
