import type { RegisteredPattern } from "../../pattern";

// "train Ukrainian troops", "train and equip their troops", "instructing 500 soldiers": the troops are the trainees. Not
// when a predicate of its own comes between ("will train pilots and could send troops").
export const TRAINEES_BEFORE: RegisteredPattern = {
  id: "commitments/trainees-before",
  phenomenon: "troops that are the trainees of a verb of training",
  re: /\b(?:train|instruct|drill|coach)(?:s|es|ed|ing)?\s+(?:(?!(?:will|would|could|can|may|might|shall|must|is|are|was|were|send\w*|deploy\w*|station\w*|contribut\w*|provid\w*|commit\w*)\b)(?:\d[\d,.]*|[\w'’-]+)\s+){0,5}?$/i,
  examples: ["train Ukrainian ", "will train and equip their ", "to train a further 12,000 ", "instructing 500 "],
  counterExamples: ["train pilots and will send ", "trainers "],
};
