import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a speaker training their own forces ("we would draw up a concept to train our
 * soldiers", "we train our own pilots at home") names no training for Ukraine: "our" is the
 * speaker's side. Tested on the training phrase itself; Ukrainian trainees keep it.
 */
export const OWN_TRAINEES: RegisteredPattern = {
  id: "commitments/own-trainees",
  phenomenon: "training the speaker's own forces is no training for Ukraine",
  re: /^(?![^]*\bUkrain)[^]*\bour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|forces|personnel|pilots|recruits|crews|sailors|cadets|officers|units|army|military)\b/i,
  examples: ["train our soldiers", "training our own pilots", "train our special forces"],
  counterExamples: ["train Ukrainian soldiers", "train our Ukrainian partners' soldiers", "train their soldiers"],
};
