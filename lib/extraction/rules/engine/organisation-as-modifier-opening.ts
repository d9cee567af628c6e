import type { RegisteredPattern } from "../../pattern";

/** An organisation that opens a sentence only as a modifier. */
export const ORGANISATION_AS_MODIFIER_OPENING: RegisteredPattern = {
  id: "engine/organisation-as-modifier-opening",
  phenomenon: "an organisation that opens a sentence only as a modifier",
  re: /^\s*(?:and\b|-?(?:member|allies|allied|countries|states|nations|partners|leaders|summit|troops|forces|territory|soldiers|membership|accession|ambitions?|aspirations?|integration|path|standards|members?|foreign|defen[cs]e|officials|diplomats|sources|countries)\b)/i,
  examples: ["allies", " and the", "-member states"],
  counterExamples: ["has agreed", " said"],
};
