import type { RegisteredPattern } from "../../pattern";

/** What joins the countries of an opening subject. */
export const OPENING_GROUP_JOIN: RegisteredPattern = {
  id: "engine/opening-group-join",
  phenomenon: "what joins the countries of an opening subject",
  re: /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/u,
  examples: ["and", ", ", ", and the "],
  counterExamples: ["or", "And"],
};
