import type { RegisteredPattern } from "../../pattern";

/** A character that ends a line. */
export const LINE_TERMINATOR: RegisteredPattern = {
  id: "article/line-terminator",
  phenomenon: "a character that ends a line",
  re: /[\n\r\u2028\u2029]/,
  examples: ["a\nb", "a\rb"],
  counterExamples: ["a b"],
};
