import type { RegisteredPattern } from "../../pattern";

/** One capital letter. */
export const UPPERCASE_LETTER: RegisteredPattern = {
  id: "article/uppercase-letter",
  phenomenon: "one capital letter",
  re: /^\p{Lu}$/u,
  examples: ["A", "Ö"],
  counterExamples: ["a", "AB"],
};
