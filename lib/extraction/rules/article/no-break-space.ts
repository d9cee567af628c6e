import type { RegisteredPattern } from "../../pattern";

/** A no-break space. */
export const NO_BREAK_SPACE: RegisteredPattern = {
  id: "article/no-break-space",
  phenomenon: "a no-break space",
  re: /\u00a0/gu,
  examples: ["a b"],
  counterExamples: ["a b"],
};
