import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: Russian state media or intelligence reporting another country's plans ("RIA
 * Novosti reported that Romania was preparing to send troops", "Russian state television
 * claimed that French soldiers had arrived", "the SVR says Poland is readying units"): a claim
 * about the country, not its position; the stage keeps only what the claim says of Russia.
 */
export const RUSSIAN_STATE_CLAIM: RegisteredPattern = {
  id: "speaker/russian-state-claim",
  phenomenon: "Russian state media or intelligence reporting another country's plans",
  re: /\b(?:RIA(?:\s+Novosti)?|TASS|Sputnik|RT|Izvestia|Rossiya[\s-]?1|Zvezda|(?:Russian|Russia's)\s+(?:state(?:-run|-controlled|-owned)?\s+)(?:media|television|TV|news\s+agency|agency|outlets?|broadcasters?|channels?|press)|Kremlin-(?:controlled|backed|run|friendly)\s+(?:media|outlets?|television|TV|channels?)|(?:Russian|Russia's)\s+(?:Foreign\s+Intelligence\s+Service|intelligence(?:\s+services?)?)|(?:the\s+)?SVR)\b/u,
  examples: [
    "RIA Novosti also",
    "Russian state television",
    "Russia's Foreign Intelligence Service",
    "the SVR",
    "Kremlin-controlled media",
    "TASS",
  ],
  counterExamples: ["Russian Foreign Minister Sergei Lavrov", "the Kremlin", "Russian media freedom group", "Trump"],
};
