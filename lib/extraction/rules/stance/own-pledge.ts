import type { RegisteredPattern } from "../../pattern";

/**
 * A later clause that opens with a modal of its own, or with "also" and a verb (the "but also"
 * of "will not only train pilots but also send troops after a ceasefire"): a pledge of its
 * own, which keeps its condition to itself.
 */
export const OWN_PLEDGE: RegisteredPattern = {
  id: "stance/own-pledge",
  phenomenon: "a later clause that opens with a modal of its own, or with also and a verb",
  re: /^\s*(?:(?:will|would|shall|could|may|might)\s|(?:also|as well)\s+[a-z]+)/u,
  examples: ["will send", " could join", "also send troops", " as well deploy"],
  counterExamples: ["willing to", "send", "Also provide", "also "],
};
