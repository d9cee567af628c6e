import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a coordinated predicate ("Poland ruled out troops but said it would host a
 * hub"): the text before "but said" is a clause of the subject's own, not who is speaking.
 */
export const COORDINATED_PREDICATE_BEFORE: RegisteredPattern = {
  id: "speaker/coordinated-predicate-before",
  phenomenon: "a coordinated predicate before the reporting verb",
  re: /\s(?:but|and|yet|while)\s+$/iu,
  examples: ["Poland ruled out troops but ", "Rome agreed and "],
  counterExamples: ["Poland ", "butter "],
};
