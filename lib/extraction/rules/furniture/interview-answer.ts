import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: the label of the interviewee's line in a question-and-answer interview ("A: We
 * will send jets.", "Answer: No."): not part of the statement, which is the interviewee's.
 */
export const INTERVIEW_ANSWER: RegisteredPattern = {
  id: "furniture/interview-answer",
  phenomenon: "the label of the answer in a question-and-answer interview",
  re: /^\s*(?:a|answer)\s*:\s+(?=\S)/i,
  examples: ["A: We will send F-35 jets.", "Answer: No."],
  counterExamples: ["A minister said so.", "A. Merkel spoke.", "Answers came later."],
};
