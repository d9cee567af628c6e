import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a later sentence that limits a country's own part ("Türkiye would take part only
 * if both sides agree", "Swedish units would only be sent once a ceasefire is in force"): the
 * modal, "only" before or after the verb of taking part or being sent, and the condition, which
 * group 1 or 2 holds. The subject right before the modal is the country whose earlier offers of
 * a part become conditional (`applyOwnPartCondition`).
 */
export const OWN_PART_ONLY_IF: RegisteredPattern = {
  id: "conditions/own-part-only-if",
  phenomenon: "a country's own part limited by 'only if / once' in a later sentence",
  re: /\b(?:would|will|could|can|shall)\s+only\s+(?:take part|participate|join in|contribute|be (?:sent|deployed|dispatched|stationed)|deploy|go)\s+((?:if|once|after|when|provided|as soon as)\s.+)|\b(?:would|will|could|can|shall)\s+(?:take part|participate|join in|contribute|be (?:sent|deployed|dispatched|stationed)|deploy|go)\s+only\s+((?:if|once|after|when|provided|as soon as)\s.+)/iu,
  examples: [
    "would take part only if both Moscow and Kyiv agree",
    "would only be sent once a ceasefire agreement was in force",
    "will only deploy after a peace deal",
  ],
  counterExamples: [
    "would take part if asked",
    "will only send jets",
    "would only go so far",
    "can only contribute money",
  ],
};
