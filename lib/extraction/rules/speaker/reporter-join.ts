import type { RegisteredPattern } from "../../pattern";

/**
 * Between two coordinated reporters: "and", a comma, or an office and a name first ("Estonian
 * Prime Minister Michal and"), also before a counterpart ("Poulsen and his Norwegian counterpart").
 */
export const REPORTER_JOIN: RegisteredPattern = {
  id: "speaker/reporter-join",
  phenomenon: "what joins two coordinated reporters",
  re: /^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|prime|minister|president|foreign|defen[cs]e|chancellor)\s+)*(?:,|and|,\s*and|as well as)\s+(?:the\s+|his\s+|her\s+)?$/u,
  examples: ["and ", " Prime Minister Berg and ", " as well as the ", " and his "],
  counterExamples: ["but ", "with "],
};
