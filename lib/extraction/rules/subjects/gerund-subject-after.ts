import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a country that is the subject of a gerund clause ("the talks led to Spain resuming
 * military support", "the plan would include Spain and Italy establishing hubs") acts, even
 * after a preposition or a verb that otherwise makes it an object.
 */
export const GERUND_SUBJECT_AFTER: RegisteredPattern = {
  id: "subjects/gerund-subject-after",
  phenomenon: "a country as the subject of a gerund clause acts",
  re: /^(?:['’]s)?\s+(?:(?:and|,)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+)?(?:also\s+)?(?:resuming|providing|sending|deploying|supplying|establishing|delivering|contributing|funding|financing|joining|leading|hosting|setting up|taking part)\b/u,
  examples: [" resuming military support", " and Italy establishing hubs", "'s sending troops"],
  counterExamples: [" troops", " and Italy, which are sending"],
};
