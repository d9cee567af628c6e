import type { RegisteredPattern } from "../../pattern";

/** What after and is no verb of a second predicate. */
export const NOT_A_VERB: RegisteredPattern = {
  id: "engine/not-a-verb",
  phenomenon: "what after and is no verb of a second predicate",
  re: /^(?:the|a|an|its|their|his|her|our|other|others|partners|countries|nations|allies|states|members|governments|then|see|wait|let|leave|who)\b|^[^a-z]/,
  examples: ["the troops", "partners", "Norway"],
  counterExamples: ["deploy troops", "send"],
};
