import type { RegisteredPattern } from "../../pattern";

/** An agreement text as a subject: its pledges are the donor's (labelling convention). */
export const AGREEMENT_NOUN: RegisteredPattern & { hint: RegExp } = {
  id: "subjects/agreement-noun",
  phenomenon: "an agreement text as a subject: its pledges are the donor's",
  // A letter test, not \b, ends the word: "é" is no word character to \b, so "communiqué" never ended one.
  re: /\b(?:agreement|deal|pact|accord|declaration|memorandum|document|treaty|arrangement|communiqu[eé])s?(?![\p{L}\p{N}])/iu,
  // The stages test this on every sentence; the letters first, without the u flag, is the cheap part.
  hint: /agreement|deal|pact|accord|declaration|memorandum|document|treaty|arrangement|communiqu/i,
  examples: ["the agreement", "The memorandum", "a communique", "the joint communiqué"],
  counterExamples: ["agreed", "the talks"],
};
