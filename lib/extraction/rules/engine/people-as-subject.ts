import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a people named with the article opens a sentence as its subject ("The Dutch are
 * ready to ...", "The Americans have promised ..."): a plural that "they" in the next sentence
 * refers to. Tested on the text right after the people's name.
 */
export const PEOPLE_AS_SUBJECT: RegisteredPattern = {
  id: "engine/people-as-subject",
  phenomenon: "a people with the article opens the sentence as its plural subject",
  re: /^\s+(?:are|were|have|had|will|would|could|can|may|say|said|want|plan|intend|remain|also|too|already|do|did|do not|don['’]t)\b/i,
  examples: [" are ready", " have promised", " will not send"],
  counterExamples: [" government said", " troops are", " prime minister"],
};
