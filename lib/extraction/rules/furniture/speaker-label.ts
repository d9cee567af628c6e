import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a transcript names who speaks at the start of each line ("TANNER: No.",
 * "Minister Motegi: No, that is not under consideration.", "HR/VP Kallas: We are ready to do
 * it.", "NICUȘOR DAN: Romania will be ..."): every sentence of the line is that person's, "we"
 * and "our soldiers" included, and the label is no part of the statement. The label counts only
 * when it names an official the article knows (the gazetteer, or one the article introduced);
 * an interviewer's or an outlet's label ("WOLF:", "Al Jazeera:") is no speaker of a government.
 */
export const SPEAKER_LABEL: RegisteredPattern = {
  id: "furniture/speaker-label",
  phenomenon: "the name that opens a line of a transcript",
  re: /^\s*(\p{Lu}[\p{L}'’./-]*(?:\s+\p{Lu}[\p{L}'’./-]*){0,3})\s*:\s+(?=\S)/u,
  examples: [
    "TANNER: No.",
    "Minister Motegi: No, that is not under consideration.",
    "HR/VP Kallas: We are ready to do it.",
    "NICUȘOR DAN: Romania will be the rear base.",
  ],
  counterExamples: ["Tanner said: no.", "the minister: we will", "No.", "At 10:30 the talks began."],
  hint: /:/,
};
