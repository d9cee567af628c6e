import type { RegisteredPattern } from "../../pattern";

/** A mention that ends in a possessive. */
export const POSSESSIVE_END: RegisteredPattern = {
  id: "subjects/possessive-end",
  phenomenon: "a mention that ends in a possessive",
  re: /['’]s$/u,
  examples: ["Norway's", "Norway’s"],
  counterExamples: ["Norway", "Norway's plan"],
};
