import type { RegisteredPattern } from "../../pattern";

/** A possessive pronoun for a person named before. */
export const HIS_OR_HER: RegisteredPattern = {
  id: "speaker/his-or-her",
  phenomenon: "a possessive pronoun for a person named before",
  re: /\b(?:his|her)\b/iu,
  examples: ["his office", "Her minister"],
  counterExamples: ["this office", "there"],
};
