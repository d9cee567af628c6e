import type { RegisteredPattern } from "../../pattern";

/** A gap that is a bare comma. */
export const BARE_COMMA: RegisteredPattern = {
  id: "subjects/bare-comma",
  phenomenon: "a gap that is a bare comma",
  re: /^\s*,\s*$/u,
  examples: [",", " , "],
  counterExamples: [", and", "and"],
};
