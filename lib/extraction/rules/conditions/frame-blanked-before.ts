import type { RegisteredPattern } from "../../pattern";

/**
 * What the mask leaves of a reporting frame that opens a sentence ("Her defence minister added
 * that the jets ..." is masked to "; ... the jets ..."): the reported clause starts after it.
 */
export const FRAME_BLANKED_BEFORE: RegisteredPattern = {
  id: "conditions/frame-blanked-before",
  phenomenon: "a reporting frame blanked at the start of a sentence",
  re: /^;\s+/u,
  examples: [";        the jets would fly", ";  "],
  counterExamples: ["the jets would fly", " ; x"],
};
