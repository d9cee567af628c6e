import type { RegisteredPattern } from "../../pattern";

/** A stance cue of thanks ("thanked Portugal for"): its actors are the ones thanked, inside the cue. */
export const THANKED_FOR: RegisteredPattern = {
  id: "subjects/thanked-for",
  phenomenon: "the ones thanked for their help are the actors, not the one who thanks",
  re: /^(?:thank|express\w*\s+(?:\w+\s+)?(?:gratitude|thanks)\b|grateful to\b)/i,
  examples: ["thanked Portugal for", "expressed gratitude to Italy for", "grateful to Britain and France for"],
  counterExamples: ["will send", "supports", "expressed readiness to"],
};
