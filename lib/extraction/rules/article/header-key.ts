import type { RegisteredPattern } from "../../pattern";

/** The key of a header line. */
export const HEADER_KEY: RegisteredPattern = {
  id: "article/header-key",
  phenomenon: "the key of a header line",
  re: /^\s*([A-Za-z]+)\s*:/,
  examples: ["Title: A plan", " published : 2026"],
  counterExamples: ["no key here", "2026: a year"],
};
