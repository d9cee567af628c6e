import type { RegisteredPattern } from "../../pattern";

/**
 * "troops in Poland", "soldiers stationed in Romania", "troops serving with the allied
 * battlegroup at an Estonian base": where the troops are, right after them (the place is the first capitalised
 * name of the match's one group that matched).
 */
export const PLACED_IN: RegisteredPattern = {
  id: "commitments/placed-in",
  phenomenon: "where troops are, right after them",
  re: /^\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:already|currently|now|permanently|stationed|based|deployed)\s+)?(?:in|to|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+(?:(?:already|currently|now)\s+)?(?:serving|stationed|based|deployed)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+at\s+(?:an?|the)\s+(\p{Lu}[\p{L}-]+)\s+(?:military\s+)?(?:base|camp|garrison)\b/u,
  examples: [
    " in Poland",
    " stationed in Romania",
    " to Estonia",
    " serving with the allied battlegroup at an Estonian base",
    " at a Lithuanian base",
    " of army personnel in Britain",
  ],
  counterExamples: ["and Poland", " near Poland", " at the border"],
};
