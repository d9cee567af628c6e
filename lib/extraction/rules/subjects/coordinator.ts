import type { RegisteredPattern } from "../../pattern";

/** A coordinator inside a stretch of names: "and", "or", a comma. */
export const COORDINATOR: RegisteredPattern = {
  id: "subjects/coordinator",
  phenomenon: "a coordinator inside a stretch of names",
  re: /,|\b(?:and|or)\b/,
  examples: [" and European allies", ", Nordic countries", " or EU members"],
  counterExamples: [" allies", " member states"],
};
