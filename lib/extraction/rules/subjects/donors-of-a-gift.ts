import type { RegisteredPattern } from "../../pattern";

/**
 * The donors of a gift told in the passive ("the programme has been funded by Norway and
 * Finland", "the money was sourced from several countries, including ..."): whoever comes after
 * "by" / "from" gave it; group 1 is where they start.
 */
export const DONORS_OF_A_GIFT: RegisteredPattern = {
  id: "subjects/donors-of-a-gift",
  phenomenon: "the donors of a gift told in the passive, after by or from",
  re: /^[^;]*?\b(?:ha(?:s|ve|d) been|was|were|is|are)\s+(?:\w+ly\s+)?(?:funded|financed|paid for|supplied|donated|delivered|contributed|sourced|raised|provided)\s+(?:(?:through|with|via|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:loans?|grants?|credits?|credit\s+lines?|funds?)\s+)?(?:by|from)\s+((?:the\s+|several\s+|many\s+|other\s+|a\s+)?[A-Za-z][^;]*)/,
  examples: [
    "has been funded by Norway and Finland",
    "was sourced from several countries, including Chile",
    "is financed through a loan from UK Export Finance",
  ],
  counterExamples: ["will be funded by Norway", "was received from Norway", "was led by France"],
};
