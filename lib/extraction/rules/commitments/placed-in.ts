import type { RegisteredPattern } from "../../pattern";

/**
 * "troops in Poland", "soldiers stationed in Romania", "troops serving with the allied
 * battlegroup at an Estonian base": where the troops are, right after them (the place is the first capitalised
 * name of the match's one group that matched); "soldiers will stay at home": kept in their own
 * country, no group.
 */
export const PLACED_IN: RegisteredPattern = {
  id: "commitments/placed-in",
  phenomenon: "where troops are, right after them",
  re: /^\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:already|currently|now|permanently|stationed|based|deployed)\s+)?(?:in|to|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+(?:(?:already|currently|now)\s+)?(?:serving|stationed|based|deployed)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+at\s+(?:an?|the)\s+(\p{Lu}[\p{L}-]+)\s+(?:military\s+)?(?:base|camp|garrison)\b|^\s+(?:(?:will|would|must|should|are|is|to|shall)\s+(?:(?:to|be)\s+)?)?(?:stay\w*|remain\w*|kept)\s+(?:at home|in (?:the|their|its|our) (?:own\s+)?(?:country|barracks))\b/u,
  examples: [
    " in Poland",
    " stationed in Romania",
    " to Estonia",
    " serving with the allied battlegroup at an Estonian base",
    " at a Lithuanian base",
    " of army personnel in Britain",
    " will stay at home",
    " are to remain in their own country",
  ],
  counterExamples: ["and Poland", " near Poland", " at the border", " will stay in Ukraine"],
};
