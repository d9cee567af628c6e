import type { RegisteredPattern } from "../../pattern";

/**
 * A pronoun owner right before the troop noun ("Ukraine will deploy its own troops along the
 * border", "our soldiers will hold the line" said by a Ukrainian): for Ukraine, its own forces,
 * which are the war and not a guarantee (labelling conventions); for others it changes nothing.
 */
export const OWN_TROOPS_BEFORE: RegisteredPattern = {
  id: "stance/own-troops-before",
  phenomenon: "a pronoun owner of the troops, for Ukraine its own forces",
  re: /\b(?:(?:its|their|our)\s+own|our)\s+(?:[\w-]+\s+)?$/iu,
  examples: ["deploy its own ", "our ", "our best ", "their own elite "],
  counterExamples: ["European ", "foreign ", "its partners' ", "ours and "],
};
