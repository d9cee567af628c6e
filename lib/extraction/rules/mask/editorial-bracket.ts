import type { RegisteredPattern } from "../../pattern";

/**
 * An editor's insertion in square brackets ("We have decided [to send troops]", "[Finland]
 * will take part"): the brackets are blanked, the words inside read as the speaker's.
 */
export const EDITORIAL_BRACKET: RegisteredPattern = {
  id: "mask/editorial-bracket",
  phenomenon: "an editor's insertion in square brackets",
  re: /\[([^[\]\n]{1,80})\]/g,
  examples: ["we agreed [to deploy engineers]", "[Finland] will take part", "they [the Czech cabinet] have"],
  counterExamples: ["an unclosed [bracket", "empty [] brackets"],
};
