import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: an answer takes up what the question before it asked about without naming it
 * ("Q: And monitoring a ceasefire? A: That is something we would look at.", "Will the EU send a
 * monitoring mission? - We are ready to do it.", "No, that is not under consideration.", "We
 * could imagine that for Ukraine too"): "that", "this" or "it" as the subject that opens the
 * answer, or as the object of a verb of doing, imagining or weighing, stands for the commitment
 * the question named. The engine tries it only in the two sentences after a question that named
 * one, and only where the sentence names no commitment of its own; a pronoun elsewhere ("that
 * is why", "it is raining") names nothing.
 */
export const ANSWER_PRONOUN: RegisteredPattern = {
  id: "commitments/answer-pronoun",
  phenomenon: "an answer's that / it standing for what the question asked about",
  re: /(?<=^[\s"“]*(?:(?:no|yes)\s*[,.;]?\s+)?)(?:that|this|it)(?=\s+(?:is|was|would|will|remains|isn['’]t|wasn['’]t)\b)|\b(?<=\b(?:do|doing|imagine|consider|considering|envisage|support|offer|exclude|look at|looking at|contemplate|contemplating)\s+)(?:that|it|this)(?=\s*(?:[.,;:!?"”]|$)|\s+(?:for|too|as|very|seriously|again|now|either|at|in|on|with|if|once|but|and)\b)/giu,
  examples: [
    "That is something we would look at very seriously.",
    "No, that is not under consideration.",
    "We are ready to do it.",
    "We could imagine that for Ukraine too",
    "It is not excluded.",
    "we would certainly consider it",
  ],
  counterExamples: [
    "The plan that is on the table",
    "We know that it is hard.",
    "We would imagine that the talks will go on.",
    "the help that Ukraine needs",
  ],
};
