import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a people named with the definite article stands for its government in news copy
 * ("The Americans have promised to share intelligence", "the Germans will not send soldiers");
 * without it the plural names the people ("Most Americans oppose ...", "many Poles"), which
 * takes no position. Tested on the text just before the plural demonym.
 */
export const DEFINITE_PEOPLE: RegisteredPattern = {
  id: "actors/definite-people",
  phenomenon: "the Americans, the Germans: a people with the article stands for its government",
  re: /\bthe\s+$/i,
  examples: ["The ", "said the "],
  counterExamples: ["Most ", "many ", "the two "],
};
