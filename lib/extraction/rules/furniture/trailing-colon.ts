import type { RegisteredPattern } from "../../pattern";

/** A line that ends with a colon, like a heading label. */
export const TRAILING_COLON: RegisteredPattern = {
  id: "furniture/trailing-colon",
  phenomenon: "a line that ends with a colon, like a heading label",
  re: /:$/u,
  examples: ["Details:"],
  counterExamples: ["Details - none"],
};
