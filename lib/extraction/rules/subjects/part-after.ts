import type { RegisteredPattern } from "../../pattern";

/** A country's part right after it. */
export const PART_AFTER: RegisteredPattern = {
  id: "subjects/part-after",
  phenomenon: "a country's part right after it",
  re: /^\s*(?:participation|contribution|deployment|involvement)\b/u,
  examples: ["participation", " contribution"],
  counterExamples: [" support", "Participation"],
};
