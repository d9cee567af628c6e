import type { RegisteredPattern } from "../../pattern";

/** A word: letters and digits. */
export const WORD: RegisteredPattern = {
  id: "text/word",
  phenomenon: "a word: letters and digits",
  re: /[\p{L}\p{N}]+/gu,
  examples: ["troops", "2026", "Zürich"],
  counterExamples: ["...", "—"],
};
