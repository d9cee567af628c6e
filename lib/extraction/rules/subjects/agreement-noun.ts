import type { RegisteredPattern } from "../../pattern";

/** An agreement text as a subject: its pledges are the donor's (labelling convention). */
export const AGREEMENT_NOUN: RegisteredPattern = {
  id: "subjects/agreement-noun",
  phenomenon: "an agreement text as a subject: its pledges are the donor's",
  re: /\b(?:agreement|deal|pact|accord|declaration|memorandum|document|treaty|arrangement|communiqu[eé])s?\b/i,
  examples: ["the agreement", "The memorandum", "a communique"],
  counterExamples: ["agreed", "the talks"],
};
