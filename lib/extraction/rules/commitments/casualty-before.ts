import type { RegisteredPattern } from "../../pattern";

/** People cared for or held, right before the troop noun. */
export const CASUALTY_BEFORE: RegisteredPattern = {
  id: "commitments/casualty-before",
  phenomenon: "people cared for or held, right before the troop noun",
  re: /\b(?:wounded|injured|killed|fallen|captured|dead)\s+$/i,
  examples: ["wounded ", "captured "],
  counterExamples: ["trained ", "wounded and "],
};
