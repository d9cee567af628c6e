import type { RegisteredPattern } from "../../pattern";

/** The subject of that modal: the country's name or adjective, maybe with the forces it sends. */
export const OWN_PART_SUBJECT_GAP: RegisteredPattern = {
  id: "conditions/own-part-subject-gap",
  phenomenon: "what may stand between the country and the modal of its limited part",
  re: /^(?:\s+(?:units|troops|forces|soldiers|personnel|contingents?|ships|vessels|jets|aircraft|instructors|trainers|monitors|observers))?\s+$/iu,
  examples: [" ", " units ", " troops "],
  counterExamples: [" said that the force ", " and its partners "],
};
