import type { RegisteredPattern } from "../../pattern";

/** "..., X said, adding that ...": what follows the reporting verb is "adding", not the report. */
export const ADDING_AFTER_SAY: RegisteredPattern = {
  id: "speaker/adding-after-say",
  phenomenon: "adding right after the reporting verb",
  re: /^\s*,?\s*adding\b/iu,
  examples: [", adding that", " adding"],
  counterExamples: [", noting", "added"],
};
