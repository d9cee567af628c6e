import type { RegisteredPattern } from "../../pattern";

/** A comma or a conjunction that ends what an endorsement covers. */
export const ENDORSEMENT_ENDS: RegisteredPattern = {
  id: "stance/endorsement-ends",
  phenomenon: "a comma or a conjunction that ends what an endorsement covers",
  re: /[,;]|\b(?:and|but|or)\b/u,
  examples: ["the talks, and", " but ", ";"],
  counterExamples: ["the plan to", "android"],
};
