import type { RegisteredPattern } from "../../pattern";

/**
 * Ukraine's or Russia's army counted in soldiers ("Ukraine's army of 880,000 soldiers", "cap the
 * Ukrainian armed forces at 600,000 troops"): the size of a warring side's own force, not a
 * deployment. Tested on the stretch before the troop noun.
 */
export const ARMY_OF_A_NUMBER_BEFORE: RegisteredPattern = {
  id: "commitments/army-of-a-number-before",
  phenomenon: "a warring side's own army counted in soldiers",
  re: /\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Russian|Russia['’]s|Moscow['’]s)\s+(?:(?:own|regular|standing|peacetime)\s+)?(?:army|armed forces|military|forces)\s+(?:of|at|to|with|numbering|below|under)\s+(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|at most|no more than|fewer than|less than)\s+)?\d[\d,.]*(?:\s*(?:thousand|million|k))?\s+(?:active\s+|serving\s+|regular\s+)?$/iu,
  examples: [
    "Ukraine's army of 880,000 ",
    "the Ukrainian armed forces at 600,000 ",
    "Russia's army of more than 1.3 million ",
    "Kyiv's forces to 800,000 active ",
  ],
  counterExamples: ["a British force of 5,000 ", "Ukraine's army and 5,000 ", "a contingent of 200 "],
};
