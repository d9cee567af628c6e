import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a sentence that only states a precondition for the one before ("However, to do
 * so, we must first have a ceasefire", "Only once the guns fall silent"). A sentence that
 * opens with a condition but goes on to a pledge of its own ("After the war ends, Belgium will
 * send a frigate") is not one: it names a commitment outside its conditions.
 */
export const OPENS_WITH_SUBORDINATE: RegisteredPattern = {
  id: "conditions/opens-with-subordinate",
  phenomenon: "a sentence that opens with a condition word",
  re: /^(?:(?:however|but|yet|and),?\s*)?(?:only\s+)?(?=(?:after|once|if|when|provided|as soon as)\b)/i,
  examples: ["After the war,", "However, once peace holds", "Only if asked"],
  counterExamples: ["Later, after the war", "Aftermath"],
};
