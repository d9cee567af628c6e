import type { RegisteredPattern } from "../../pattern";

/** "Greek Prime Minister A, Spanish President B and ...": officials listed by nationality. */
export const OFFICIAL_LIST_GAP: RegisteredPattern = {
  id: "subjects/official-list-gap",
  phenomenon: "officials listed by nationality: the name between two nationalities",
  re: /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/u,
  examples: [" Prime Minister Nikos Pappas, ", " President Ana Lopez and ", " Foreign Minister Rui Costa, and "],
  counterExamples: [" troops and ", " Prime Minister Nikos Pappas met "],
};
