import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: an inverted trailing frame names the reporter after the verb, often with an
 * appositive that says who they are ('," said Jens Holm, a spokesman for the Danish defence
 * ministry.', '," said Tom Smith, an analyst at a think tank.'): the name and its appositive are
 * the frame, and the appositive decides whether the reporter speaks for a government.
 */
export const INVERTED_FRAME_TAIL: RegisteredPattern = {
  id: "speaker/inverted-frame-tail",
  phenomenon: "a name and its appositive after the verb of an inverted frame",
  re: /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*,\s+(?:an?|the|who|its|his|her|\p{Lu}[\p{L}-]*(?:'s|’s))\s[^"“”]*$/u,
  examples: [
    " Jens Holm, a spokesman for the Danish defence ministry.",
    " Tom Smith, an analyst at a think tank.",
    " Anna Berg, Sweden's defence minister, on Tuesday.",
  ],
  counterExamples: [" on Monday, adding that more would come.", " the minister.", " Smith, and Britain will help"],
};
