import type { RegisteredPattern } from "../../pattern";

/**
 * A second-person subject ("You want to give them weapons", "you keep sending troops")
 * addresses someone: neither the speaker's own view nor a position the addressee stated.
 */
export const SECOND_PERSON: RegisteredPattern = {
  id: "subjects/second-person",
  phenomenon: "a second-person subject addresses someone: nobody's position",
  re: /^\W*you\b(?!\s+and\b)/i,
  examples: ["You want to give", ' "you keep sending'],
  counterExamples: ["young soldiers", "you and I"],
};
