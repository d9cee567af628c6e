import type { RegisteredPattern } from "../../pattern";

/** A frame that alleges rather than reports: "claimed that", "alleged", "accused Britain of". */
export const ALLEGATION_VERB: RegisteredPattern = {
  id: "speaker/allegation-verb",
  phenomenon: "a frame that alleges rather than reports",
  re: /\b(?:claim(?:ed|ing)|claims that|alleg(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\b/i,
  examples: ["Peskov claimed that", "claims that London", "alleged", "accused Britain of"],
  counterExamples: ["the claims of the opposition", "reclaimed", "said that"],
};
