import type { RegisteredPattern } from "../../pattern";

/**
 * What may stand between the countries of that subject: coordinators and articles only, and at
 * the end a report of their own in which a pronoun stands for them ("a day after Britain and
 * France said they would send soldiers": what they said they would do is theirs).
 */
export const SUBORDINATE_SUBJECT_JOIN: RegisteredPattern = {
  id: "subjects/subordinate-subject-join",
  phenomenon: "what joins the countries of the subject of an after / before / since clause",
  re: /^(?:\s|,|\band\b|\bthe\b)*(?:\b(?:said|announced|confirmed|declared|stated)\s+(?:that\s+)?(?:they|it)\s*)?$/i,
  examples: [" and the ", ", ", "", " and  said they ", " announced that it "],
  counterExamples: [" talks with ", " and its allies ", " said the allies "],
};
