import type { RegisteredPattern } from "../../pattern";

/**
 * Between two coordinated reporters: "and", a comma, or an office and a name first ("Estonian
 * Prime Minister Michal and"), also after a possessive ("Germany's chancellor and France's
 * president said ...") and before a counterpart ("Poulsen and his Norwegian counterpart").
 */
export const REPORTER_JOIN: RegisteredPattern = {
  id: "speaker/reporter-join",
  phenomenon: "what joins two coordinated reporters",
  re: /^(?:['’]s\b)?\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|prime|minister|president|foreign|defen[cs]e|chancellor|premier|leader)\s+)*(?:,|and|,\s*and|as well as)\s+(?:the\s+|his\s+|her\s+)?$/u,
  examples: ["and ", " Prime Minister Berg and ", " as well as the ", "'s chancellor and ", " and his "],
  counterExamples: ["but ", "with ", "'s talks with "],
};
