import type { RegisteredPattern } from "../../pattern";

/** The stance word of a doubt ("questioned the need for", "doubted whether"), as the stance stage found it. */
export const DOUBT_WORD: RegisteredPattern = {
  id: "engine/doubt-word",
  phenomenon: "a stance word that doubts a need",
  re: /^(?:question|doubt|cast|disput)/i,
  examples: ["questioned the need for", "doubted whether", "cast doubt on the point of", "disputes the need for"],
  counterExamples: ["rejected", "ruled out", "opposes"],
};
