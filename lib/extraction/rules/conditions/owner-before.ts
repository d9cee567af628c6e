import type { RegisteredPattern } from "../../pattern";

/** What may stand between a country and the noun of its offer. */
export const OWNER_BEFORE: RegisteredPattern = {
  id: "conditions/owner-before",
  phenomenon: "what may stand between a country and the noun of its offer",
  re: /^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}$/u,
  examples: ["'s ", " own "],
  counterExamples: ["'s plan and the ", ", as "],
};
