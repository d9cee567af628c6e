import type { RegisteredPattern } from "../../pattern";

/** "respectively": the items of one list go with those of another, in order. */
export const RESPECTIVELY: RegisteredPattern = {
  id: "engine/respectively",
  phenomenon: "respectively pairs the items of two lists in order",
  re: /\brespectively\b/iu,
  examples: ["will lead the training and provide intelligence, respectively", "Respectively, they will"],
  counterExamples: ["respective governments", "their respective contributions"],
};
