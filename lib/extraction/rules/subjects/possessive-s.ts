import type { RegisteredPattern } from "../../pattern";

/** A possessive right after a mention. */
export const POSSESSIVE_S: RegisteredPattern = {
  id: "subjects/possessive-s",
  phenomenon: "a possessive right after a mention",
  re: /^['’]s\b/u,
  examples: ["'s", "’s plan"],
  counterExamples: ["s", "'sa"],
};
