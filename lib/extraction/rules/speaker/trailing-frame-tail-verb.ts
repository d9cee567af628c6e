import type { RegisteredPattern } from "../../pattern";

/** A verb after a trailing frame: then it was no frame. */
export const TRAILING_FRAME_TAIL_VERB: RegisteredPattern = {
  id: "speaker/trailing-frame-tail-verb",
  phenomenon: "a verb after a trailing frame: then it was no frame",
  re: /\b(?:will|would|could|can|is|are|was|were|has|have|had|not|plans?|should|must)\b/i,
  examples: ["will", "is ready", "has said"],
  counterExamples: ["on Monday", "the troops"],
};
