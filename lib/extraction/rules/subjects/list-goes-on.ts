import type { RegisteredPattern } from "../../pattern";

/** A list that goes on after a mention. */
export const LIST_GOES_ON: RegisteredPattern = {
  id: "subjects/list-goes-on",
  phenomenon: "a list that goes on after a mention",
  re: /^\s*(?:,|and\b|or\b)/u,
  examples: [", Rome", " and Rome", " or Rome"],
  counterExamples: ["will", "android"],
};
