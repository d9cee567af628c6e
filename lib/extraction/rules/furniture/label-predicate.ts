import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: the fragment after a country's label opens on what the country is ("Greece: open
 * to providing a naval vessel", "Austria: considering sending observers", "Italy: not taking
 * part"): the label is read as its subject with "is" between them, as the sentence would say it.
 */
export const LABEL_PREDICATE: RegisteredPattern = {
  id: "furniture/label-predicate",
  phenomenon: "a labelled fragment that says what the country is",
  re: /^(?:open|ready|prepared|willing|unwilling|reluctant|keen|eager|opposed|against|in favou?r|undecided|considering|weighing|studying|reviewing|exploring|planning|preparing|likely|unlikely|set to|not)\b/i,
  examples: [
    "open to providing a naval vessel",
    "considering sending observers",
    "ready to send troops",
    "not taking part",
  ],
  counterExamples: ["opposes any troops", "two frigates", "no troops", "openly", "notable"],
};
