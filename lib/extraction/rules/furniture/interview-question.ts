import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: in an interview printed as questions and answers, the line the interviewer
 * speaks ("Q: Some say Germany should send troops.", "Question: ...", "Interviewer: ...") is a
 * question even when it ends on a full stop: it states no one's position, though what it names
 * is what the answer after it is about.
 */
export const INTERVIEW_QUESTION: RegisteredPattern = {
  id: "furniture/interview-question",
  phenomenon: "the interviewer's line of a question-and-answer interview",
  re: /^\s*(?:q|question|interviewer|reporter|journalist)\s*[:.]\s+(?=\S)/i,
  examples: [
    "Q: Will Italy send troops?",
    "Q. Some in Berlin argue that Germany should send troops.",
    "Question: What will you contribute?",
    "Interviewer: Is Spain ready?",
  ],
  counterExamples: ["Q4 results were weak.", "The reporter asked Merz about troops.", "Questions remain."],
};
