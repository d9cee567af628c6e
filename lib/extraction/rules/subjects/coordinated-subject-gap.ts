import type { RegisteredPattern } from "../../pattern";

/** What joins the countries of one coordinated subject. */
export const COORDINATED_SUBJECT_GAP: RegisteredPattern = {
  id: "subjects/coordinated-subject-gap",
  phenomenon: "what joins the countries of one coordinated subject",
  re: /^\s*(?:,|and|or|nor|as well as|,\s*and)\s*(?:the\s+)?$/iu,
  examples: ["and", ",", " nor the "],
  counterExamples: ["with", "and then"],
};
