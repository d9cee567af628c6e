import type { RegisteredPattern } from "../../pattern";

/**
 * A pronoun an editor's bracket names ("they [the Czech cabinet] have", "our [Irish]
 * soldiers"): the bracket replaces it, so the pronoun is blanked and the name read in its place.
 */
export const PRONOUN_BEFORE_BRACKET: RegisteredPattern = {
  id: "mask/pronoun-before-bracket",
  phenomenon: "a pronoun that an editor's bracket names",
  re: /\b(?:we|they|he|she|it|us|them|our|their|its|his|her)\s*$/i,
  examples: ["we ", "and they ", "our"],
  counterExamples: ["the ministers ", "Sweden "],
};
