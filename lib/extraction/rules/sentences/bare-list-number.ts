import type { RegisteredPattern } from "../../pattern";

/** A list number or letter standing alone. */
export const BARE_LIST_NUMBER: RegisteredPattern = {
  id: "sentences/bare-list-number",
  phenomenon: "a list number or letter standing alone",
  re: /^(?:\d{1,2}|[a-z])[.)]$/u,
  examples: ["3.", "b)"],
  counterExamples: ["3.5", "Fine."],
};
