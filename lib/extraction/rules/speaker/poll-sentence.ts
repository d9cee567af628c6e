import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a poll's finding ("61% of respondents support sending troops", "a survey found
 * most voters oppose ...") is the public's view, no government's position (labelling convention).
 */
export const POLL_SENTENCE: RegisteredPattern = {
  id: "speaker/poll-sentence",
  phenomenon: "a poll's finding is the public's view, not a government's",
  re: /\b(?:respondents|(?:opinion )?polls?|polled|pollsters?|surveys?|surveyed)\b|\b\d+(?:[.,]\d+)?\s?(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:public|people|citizens|voters|adults|residents|population|[A-Z][a-z]+s)\b/u,
  examples: [
    "Among all respondents, 61% support sending",
    "a survey found",
    "54% of Spaniards back the plan",
    "an opinion poll shows",
  ],
  counterExamples: ["the minister said 20% of the budget", "Spain will send 5% of its army"],
};
