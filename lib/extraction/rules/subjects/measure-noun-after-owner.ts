import type { RegisteredPattern } from "../../pattern";

/**
 * A measure noun right after its owner ("Britain's plan to", "the Dutch offer of", "Spain's new
 * initiative to"): the noun is group 1, and "to" or "of" must follow it, so that the measure
 * names what is planned or offered.
 */
export const MEASURE_NOUN_AFTER_OWNER: RegisteredPattern = {
  id: "subjects/measure-noun-after-owner",
  phenomenon: "a measure noun right after its owner, followed by what it plans or offers",
  re: /^(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(plan|offer|pledge|proposal|initiative|decision|idea|commitment)s?\s+(?:to|of)\s/u,
  examples: ["'s plan to ", "’s offer of ", " proposal to ", "'s new initiative to ", "'s decision to "],
  counterExamples: ["'s plan ", " plan for the ", "'s troops to ", " Plan to ", "'s talks on a plan to "],
};
