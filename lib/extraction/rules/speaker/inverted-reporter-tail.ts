import type { RegisteredPattern } from "../../pattern";

/**
 * After an inverted trailing frame, the reporter named and described in an appositive
 * ('," said Mr Silva, the minister of defence of Portugal.', '," said Ana Silva, Portugal\'s
 * foreign minister.'): the tail is the reporter, however long the appositive.
 */
export const INVERTED_REPORTER_TAIL: RegisteredPattern = {
  id: "speaker/inverted-reporter-tail",
  phenomenon: "an inverted frame's reporter with an appositive office",
  re: /^\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}\s*,\s+(?:the|a|an|his|her|[\p{Lu}][\p{L}-]+['’]s)\s+[^"“”]{0,80}$/u,
  examples: [" Mr Silva, the minister of defence of Portugal.", " Ana Silva, Portugal's foreign minister."],
  counterExamples: [" the troops will stay, the minister said", " that Britain will help"],
};
