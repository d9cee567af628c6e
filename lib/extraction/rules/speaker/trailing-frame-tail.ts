import type { RegisteredPattern } from "../../pattern";

/** What may follow a trailing frame: the end, or a phrase of time, place or manner. */
export const TRAILING_FRAME_TAIL: RegisteredPattern = {
  id: "speaker/trailing-frame-tail",
  phenomenon: "what may follow a trailing frame: the end, or a phrase of time, place or manner",
  re: /^\s*(?:$|[.!?,;:]|(?:on|in|at|during|after|before|while|when|to|from|with|according|late|earlier|yesterday|today|this|last|as|via|through|adding|referring|citing|noting|speaking|quoted|per|in an?)\b)/i,
  examples: [";; .", " on Monday", " adding that it would help"],
  counterExamples: ["Britain will help", " the troops"],
};
