import type { RegisteredPattern } from "../../pattern";

/** A capitalised phrase that ends in a body noun ("Training Mission"). */
export const ENDS_IN_A_BODY_NOUN: RegisteredPattern = {
  id: "commitments/ends-in-a-body-noun",
  phenomenon: "a capitalised phrase that ends in a body noun is a name",
  re: /\s(?:Mission|Command|Group|Cent(?:er|re)|Initiative|Facility|Fund|Programme|Program|Agency|Office)$/,
  examples: ["Training Mission", "Flagship Fund"],
  counterExamples: ["training mission", "Training"],
};
