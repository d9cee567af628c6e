import type { RegisteredPattern } from "../../pattern";

/** A would that may be backshifted by a reporting verb. */
export const WOULD: RegisteredPattern = {
  id: "engine/would",
  phenomenon: "a would that may be backshifted by a reporting verb",
  re: /^would$/iu,
  examples: ["would", "Would"],
  counterExamples: ["could", "would not"],
};
