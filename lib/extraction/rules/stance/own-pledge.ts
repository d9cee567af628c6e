import type { RegisteredPattern } from "../../pattern";

/** A later clause that opens with a modal of its own. */
export const OWN_PLEDGE: RegisteredPattern = {
  id: "stance/own-pledge",
  phenomenon: "a later clause that opens with a modal of its own",
  re: /^\s*(?:will|would|shall|could|may|might)\s/u,
  examples: ["will send", " could join"],
  counterExamples: ["willing to", "send"],
};
