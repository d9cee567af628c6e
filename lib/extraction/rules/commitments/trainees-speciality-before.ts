import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: what trainees are trained in or as ("training Ukrainian soldiers in demining",
 * "the training of Ukrainian naval mine-clearance divers", "train Ukrainian deminers") is their
 * speciality, not a naval or demining mission of the trainer: a maritime word right after a
 * verb of training and its trainees is set aside (the training is read). Not where a predicate
 * of its own comes between ("will train marines and patrol the Black Sea").
 */
export const TRAINEES_SPECIALITY_BEFORE: RegisteredPattern = {
  id: "commitments/trainees-speciality-before",
  phenomenon: "a maritime word that names what trainees are trained in",
  re: /\b(?:train|instruct|drill|coach)(?:s|es|ed|ing)?\s+(?:of\s+)?(?:(?!(?:and|or|then|will|would|could|can|may|to)\b)[\w'’-]+\s+){0,4}?(?:in\s+)?$/i,
  examples: ["training Ukrainian soldiers in ", "the training of Ukrainian naval ", "train Ukrainian ", "trained "],
  counterExamples: ["will train marines and ", "trainers ", "train pilots, then "],
};
