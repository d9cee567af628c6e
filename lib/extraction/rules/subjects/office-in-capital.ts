import type { RegisteredPattern } from "../../pattern";

/**
 * "The Chancellery in Berlin ruled out ...", "the Defence Ministry in Oslo will ...": a
 * government office placed in a capital is that capital's government, the capital its owner,
 * not a place after a preposition; not when a preposition comes before the office ("talks with
 * the ministry in Kyiv"). Only offices: "the government / officials / authorities in <capital>"
 * were measured too and cost the corpus 0.006 (they are often the object of help or talks).
 */
export const OFFICE_IN_CAPITAL: RegisteredPattern = {
  id: "subjects/office-in-capital",
  phenomenon: "an office or government placed in a capital is that capital's government",
  re: /\b(?:ministry|chancellery|treasury|foreign office|presidency)\s+in\s+$/i,
  examples: ["The Chancellery in ", "the Treasury in ", "The Defence Ministry in "],
  counterExamples: ["troops in ", "the talks in ", "the government of ", "officials in "],
};
