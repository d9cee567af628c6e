import { COUNTRY_DESCRIPTION } from "../../lexicon/actor-words";
import type { RegisteredPattern } from "../../pattern";

/** A pronoun or definite office that stands for a country. */
export const COUNTRY_PRONOUN: RegisteredPattern = {
  id: "subjects/country-pronoun",
  phenomenon: "a pronoun or definite office that stands for a country",
  re: new RegExp(
    `\\b(?:it|its|the country|the government|its government|the state|the bloc|the union|the alliance)\\b|${COUNTRY_DESCRIPTION}`,
    "i",
  ),
  examples: ["it will", "the government", "the bloc", "the Nordic country will", "the forces would"],
  counterExamples: ["Finland", "item", "the other country"],
};
