import type { RegisteredPattern } from "../../pattern";

/** An organisation that names a thing, not an actor. */
export const ORGANISATION_AS_MODIFIER: RegisteredPattern = {
  id: "subjects/organisation-as-modifier",
  phenomenon: "an organisation that names a thing, not an actor",
  re: /^\s*(?:troops|forces|territory|soldiers|foreign|defen[cs]e|membership|accession|ambitions?|aspirations?|integration|path|summit|standards|members?)\b/iu,
  examples: ["troops", " membership", " ambitions"],
  counterExamples: ["will", " leaders"],
};
