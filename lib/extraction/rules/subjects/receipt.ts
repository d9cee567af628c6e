import type { RegisteredPattern } from "../../pattern";

/** Ukraine as the recipient: from whom it receives. */
export const RECEIPT: RegisteredPattern = {
  id: "subjects/receipt",
  phenomenon: "Ukraine as the recipient: from whom it receives",
  re: /\b(?:receiv(?:e|es|ed|ing)|gets?|got|obtain(?:s|ed)?)\b[^;]{0,80}?\bfrom\s+(?:the\s+)?$/i,
  examples: ["will receive jets from ", "got funds from the "],
  counterExamples: ["sent jets to ", "receives from Rome "],
};
