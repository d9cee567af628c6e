import type { RegisteredPattern } from "../../pattern";

/** Trainees trained in a country: the country trains. */
export const TRAINED_IN: RegisteredPattern = {
  id: "subjects/trained-in",
  phenomenon: "trainees trained in a country: the country trains",
  re: /^[^;]*?\bbe\s+trained\s+(?:\w+\s+)?(?:in|by)\s+(?:the\s+)?/i,
  examples: ["will be trained in Romania", "would be trained by the"],
  counterExamples: ["trained in", "will be trained to fly"],
};
