import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a country's own means right after it ("US fighter jets would patrol the skies",
 * "British warships", "Dutch pilots"): whose jets, ships or crews they are, as "Italian troops"
 * names whose troops. A rejection of them by their own government is its refusal (ruled_out).
 */
export const OWN_MEANS_AFTER: RegisteredPattern = {
  id: "subjects/own-means-after",
  phenomenon: "a country's own jets, ships or crews right after it",
  re: /^\s+(?:[\w-]+\s+)?(?:jets|aircraft|warplanes|fighters|pilots|warships|frigates|ships|vessels|minehunters|navy|air force|aircrews|crews|observers|instructors)\b/u,
  examples: [" fighter jets", " warships", " air force", " pilots", " combat aircraft"],
  counterExamples: [" support", " jet fuel", " officials", "jets"],
};
