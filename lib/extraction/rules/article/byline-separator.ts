import type { RegisteredPattern } from "../../pattern";

/** A separator in a byline. */
export const BYLINE_SEPARATOR: RegisteredPattern = {
  id: "article/byline-separator",
  phenomenon: "a separator in a byline",
  re: /^[•|·—–]$/u,
  examples: ["•", "·", "—"],
  counterExamples: ["-", "••"],
};
