import type { RegisteredPattern } from "../../pattern";

/** A carriage return, alone or before a line feed. */
export const CARRIAGE_RETURN: RegisteredPattern = {
  id: "article/carriage-return",
  phenomenon: "a carriage return, alone or before a line feed",
  re: /\r\n?/gu,
  examples: ["a\r\nb", "a\rb"],
  counterExamples: ["a\nb"],
};
