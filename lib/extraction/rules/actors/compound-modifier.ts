import type { RegisteredPattern } from "../../pattern";

/**
 * A country inside a compound modifier ("the most Russia-friendly government", "US-made
 * missiles", "a Moscow-backed leader", "Russian-speaking regions") describes something else:
 * it is no mention of an actor. "UK-led" stays a mention: the leader of a force is its owner.
 */
export const COMPOUND_MODIFIER: RegisteredPattern = {
  id: "actors/compound-modifier",
  phenomenon: "a country inside a compound modifier is no actor",
  re: /^-(?:friendly|backed|made|built|based|leaning|aligned|speaking|occupied|controlled|annexed|funded|supplied|produced|manufactured|sponsored|installed|imposed|brokered|designed|origin)\b/,
  examples: ["-friendly government", "-made missiles", "-backed"],
  counterExamples: ["-led force", "-Ukraine talks", " friendly"],
};
