import type { RegisteredPattern } from "../../pattern";

/**
 * "troops in Poland", "soldiers in south-eastern Poland", "soldiers in the UN mission in southern
 * Lebanon" (the mission's place, past its name), "soldiers stationed in Romania", "troops serving with the allied
 * battlegroup at an Estonian base": where the troops are, right after them (the place is the first capitalised
 * name of the match's one group that matched); "soldiers will stay at home": kept in their own
 * country, no group.
 */
export const PLACED_IN: RegisteredPattern = {
  id: "commitments/placed-in",
  phenomenon: "where troops are, right after them",
  re: /^\s+(?:in|with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:mission|operation|force|battlegroup|brigade)\s+in\s+(?:the\s+)?(?:(?:(?:(?:south|north)-?)?(?:eastern|western)|southern|northern|central)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:already|currently|now|permanently|stationed|based|deployed)\s+)?(?:in|to|into)\s+(?:the\s+)?(?:(?:(?:(?:south|north)-?)?(?:eastern|western)|southern|northern|central)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+(?:(?:already|currently|now)\s+)?(?:serving|stationed|based|deployed)\s+(?:[\p{L}’'-]+\s+){0,6}?(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)|^\s+at\s+(?:an?|the)\s+(\p{Lu}[\p{L}-]+)\s+(?:military\s+)?(?:base|camp|garrison)\b|^\s+(?:(?:will|would|must|should|are|is|to|shall)\s+(?:(?:to|be)\s+)?)?(?:stay\w*|remain\w*|kept)\s+(?:at home|in (?:the|their|its|our) (?:own\s+)?(?:country|barracks))\b/u,
  examples: [
    " in Poland",
    " in south-eastern Poland",
    " in the UN peacekeeping mission in southern Lebanon",
    " with the EU mission in Bosnia",
    " stationed in Romania",
    " to Estonia",
    " serving with the allied battlegroup at an Estonian base",
    " at a Lithuanian base",
    " of army personnel in Britain",
    " will stay at home",
    " are to remain in their own country",
  ],
  counterExamples: [
    " in the reassurance force after a ceasefire",
    "and Poland",
    " near Poland",
    " at the border",
    " will stay in Ukraine",
  ],
};
