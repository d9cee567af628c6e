import type { RegisteredPattern } from "../../pattern";

/** What may stand between the countries of that subject: coordinators and articles only. */
export const SUBORDINATE_SUBJECT_JOIN: RegisteredPattern = {
  id: "subjects/subordinate-subject-join",
  phenomenon: "what joins the countries of the subject of an after / before / since clause",
  re: /^(?:\s|,|\band\b|\bthe\b)*$/i,
  examples: [" and the ", ", ", ""],
  counterExamples: [" talks with ", " and its allies "],
};
