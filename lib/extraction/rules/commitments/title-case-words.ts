import type { RegisteredPattern } from "../../pattern";

/** Words all capitalised but for joining words ("Security Assistance and Training"). */
export const TITLE_CASE_WORDS: RegisteredPattern = {
  id: "commitments/title-case-words",
  phenomenon: "a phrase whose words are all capitalised but for and / of / for",
  re: /^[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|for))*$/,
  examples: ["Security Assistance and Training", "Flagship Fund"],
  counterExamples: ["military aid", "Training of pilots now"],
};
