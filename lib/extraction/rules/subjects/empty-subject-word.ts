import type { RegisteredPattern } from "../../pattern";

/** Words that leave a subject empty. */
export const EMPTY_SUBJECT_WORD: RegisteredPattern = {
  id: "subjects/empty-subject-word",
  phenomenon: "words that leave a subject empty",
  re: /^(?:also|then|now|so|and|still|already|further|fully|in|principle|today|too|as|well|therefore|thus|would|will|could|is|are|be)$/iu,
  examples: ["also", "will", "Therefore"],
  counterExamples: ["Norway", "alsoo"],
};
