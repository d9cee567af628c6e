import type { RegisteredPattern } from "../../pattern";

/** A full stop, semicolon or colon that ends a list. */
export const LIST_BREAK: RegisteredPattern = {
  id: "subjects/list-break",
  phenomenon: "a full stop, semicolon or colon that ends a list",
  re: /[.;:]/u,
  examples: ["Malta;", "Malta.", "a:"],
  counterExamples: ["Malta,", "Malta and"],
};
