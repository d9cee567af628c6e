import type { RegisteredPattern } from "../../pattern";

/** The words that open a list of donors. */
export const LIST_OPENER: RegisteredPattern = {
  id: "subjects/list-opener",
  phenomenon: "the words that open a list of donors",
  re: /\b(?:including|such as|among them|among which|namely|like)\s+(?:the\s+)?$/i,
  examples: ["including ", "such as the ", "namely "],
  counterExamples: ["and ", "likely "],
};
