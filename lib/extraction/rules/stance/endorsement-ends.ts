import type { RegisteredPattern } from "../../pattern";

/**
 * A comma or a conjunction that ends what an endorsement covers; not the "and" of coordinated
 * owners of the measure endorsed ("welcomed the British and French plan to ...": two capitalised
 * words joined right before the measure's cue).
 */
export const ENDORSEMENT_ENDS: RegisteredPattern = {
  id: "stance/endorsement-ends",
  phenomenon: "a comma or a conjunction that ends what an endorsement covers",
  re: /[,;]|\bbut\b|(?<![A-Z][\w-]*\s)\b(?:and|or)\b|\b(?:and|or)\b(?!\s+[A-Z][\w-]*(?:['’]s?)?\s*$)/u,
  examples: [
    "the talks, and",
    " but ",
    ";",
    " the talks and ",
    " the talks and Britain ",
    " the British and French and ",
  ],
  counterExamples: ["the plan to", "android", " the British and French ", " Britain and France's "],
};
