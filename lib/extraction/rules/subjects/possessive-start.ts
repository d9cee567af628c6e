import type { RegisteredPattern } from "../../pattern";

/** A possessive s to strip after a mention. */
export const POSSESSIVE_START: RegisteredPattern = {
  id: "subjects/possessive-start",
  phenomenon: "a possessive s to strip after a mention",
  re: /^['’]s/u,
  examples: ["'s plan", "’s"],
  counterExamples: ["s plan", " 's"],
};
