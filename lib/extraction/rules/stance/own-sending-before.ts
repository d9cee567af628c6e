import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: rejecting a sending that has no other agent ("Croatia rejected calls to send
 * soldiers", "rejected sending troops", "voted against deploying troops", "rebuffed a request to
 * send a frigate") excludes the subject's own part (ruled_out); "any troops", foreign troops or other countries' sending
 * reject the measure for anyone and stay opposed.
 * Russia sends no part of its own in this domain: its rejection is of the measure.
 */
export const OWN_SENDING_BEFORE: RegisteredPattern = {
  id: "stance/own-sending-before",
  phenomenon: "the subject's own sending right before the troops",
  re: /\b(?:send|sending|deploy|deploying|dispatch|dispatching|contribute|contributing)\s+(?:(?:more|its|combat|ground|a|an)\s+){0,2}$/iu,
  examples: ["send ", "deploying more ", "contribute combat ", "send a "],
  counterExamples: ["sending of ", "send them "],
};
