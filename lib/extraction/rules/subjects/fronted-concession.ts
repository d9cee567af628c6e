import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a concession fronted before the subject ("Despite criticism from the opposition,
 * Latvia will send ...", "Regardless of the polls, Germany will ...", "In spite of warnings from
 * analysts, ..."): the opposition, analysts or polls it names are what the subject acts against,
 * not the subject, so the subject is read after the comma that ends it.
 */
export const FRONTED_CONCESSION: RegisteredPattern = {
  id: "subjects/fronted-concession",
  phenomenon: "a concession fronted before the subject",
  re: /^\s*(?:despite|in\s+spite\s+of|regardless\s+of|irrespective\s+of|notwithstanding|whatever)\b[^,;:]{1,120},\s*/i,
  examples: [
    "Despite criticism from the opposition, ",
    "Regardless of what the polls say, ",
    "In spite of warnings from analysts, ",
    "Whatever the opposition thinks, ",
  ],
  counterExamples: [
    "Latvia, despite criticism from the opposition, ",
    "Despite the criticism Latvia will ",
    "The opposition, despite its criticism, ",
  ],
};
