import type { RegisteredPattern } from "../../pattern";

/** An item of a list of means, a gerund. */
export const GERUND_ITEM: RegisteredPattern = {
  id: "stance/gerund-item",
  phenomenon: "an item of a list of means, a gerund",
  re: /^\s*(?:and\s+)?[a-z]+ing\b/,
  examples: ["expanding intelligence sharing", " and continuing to train"],
  counterExamples: ["Expanding", "to expand"],
};
