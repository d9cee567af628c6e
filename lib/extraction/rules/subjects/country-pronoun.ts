import { COUNTRY_DESCRIPTION } from "../../lexicon/actor-words";
import type { RegisteredPattern } from "../../pattern";

/**
 * A pronoun or definite office that stands for a country: also "his government" / "her
 * country" where the official is named only by office in the sentence before ("Italy's prime
 * minister spoke in Rome. Her government will not ...").
 */
export const COUNTRY_PRONOUN: RegisteredPattern = {
  id: "subjects/country-pronoun",
  phenomenon: "a pronoun or definite office that stands for a country",
  re: new RegExp(
    `\\b(?:it|its|the country|the government|(?:its|his|her) (?:government|country)|(?:the|its|his|her) (?:cabinet|administration)|the state|the bloc|the union|the alliance)\\b|${COUNTRY_DESCRIPTION}`,
    "i",
  ),
  examples: [
    "it will",
    "the government",
    "the bloc",
    "the Nordic country will",
    "the forces would",
    "Her government will",
    "The kingdom will",
    "The grand duchy will",
    "the principality has",
  ],
  counterExamples: ["Finland", "item", "the other country", "the kingdom of Denmark", "the Grand Duchy of Luxembourg"],
};
