import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a government's statement that sets a poll aside ("Germany will keep supplying air
 * defence regardless of the polls", "despite a survey showing most voters are against it",
 * "said the poll would not change the government's course"): the poll is what the speaker
 * dismisses, not the finding the sentence reports, so the sentence is no poll's finding
 * (`speaker/poll-sentence` is tested on the sentence without this phrase). A poll's finding with
 * a concession of its own ("Despite the pledge, a poll found ...") stays a poll's.
 */
export const POLL_SET_ASIDE: RegisteredPattern = {
  id: "speaker/poll-set-aside",
  phenomenon: "a poll the speaker sets aside",
  re: /\b(?:regardless\s+of|irrespective\s+of|despite|in\s+spite\s+of|notwithstanding|whatever)\s+(?:what\s+)?(?:(?:the|a|any|recent|latest|these|those|current|opinion|weak|bad|low)\s+)*(?:polls?|surveys?|polling)\b[^,;]*|\b(?:the|a|this|that|any)\s+(?:new\s+|latest\s+)?(?:polls?|survey)\s+(?:would|will|did|does|do|could|should)\s+not\s+(?:change|alter|affect|sway|shift)\b/i,
  hint: /\b(?:regardless|irrespective|despite|spite|notwithstanding|whatever|not\s+(?:change|alter|affect|sway|shift))\b/i,
  examples: [
    "regardless of the polls",
    "despite polls showing most Germans are against it",
    "in spite of a recent survey",
    "whatever the polls say",
    "the poll would not change",
    "notwithstanding the latest opinion polls",
  ],
  counterExamples: [
    "a poll found 60 percent oppose it",
    "regardless of the cost",
    "despite the pledge, a poll found",
    "the poll showed support would not change",
    "surveys show most voters",
  ],
};
