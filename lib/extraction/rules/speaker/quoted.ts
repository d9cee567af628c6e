import type { RegisteredPattern } from "../../pattern";

/** Quoted words: the speaker's own, whose country words are never a possessive's antecedent. */
export const QUOTED: RegisteredPattern = {
  id: "speaker/quoted",
  phenomenon: "quoted words: the speaker's own",
  re: /["“«][^"”»]*["”»]/gu,
  examples: ["“we will help”", '"never"', "«oui»"],
  counterExamples: ["no quotes here", "“unclosed"],
};
