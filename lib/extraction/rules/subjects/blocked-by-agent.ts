import type { RegisteredPattern } from "../../pattern";

/**
 * The agent of a blocked decision: "the decision to use the Peace Facility for arms had again
 * been blocked by Hungary" is Hungary's opposition, not the reporting official's. The pattern is
 * tried from the oppose cue itself (the participle), with the country after "by" as group 1.
 */
export const BLOCKED_BY_AGENT: RegisteredPattern = {
  id: "subjects/blocked-by-agent",
  phenomenon: "the agent of a blocked or vetoed decision: blocked by Hungary",
  re: /^(?:blocked|vetoed|rejected|opposed)\s+(?:\w+ly\s+|again\s+|once again\s+)?by\s+((?:the\s+)?[A-Z][^;,]*)/,
  examples: [
    "blocked by Hungary",
    "vetoed again by Slovakia",
    "rejected by the Netherlands",
    "blocked once again by Budapest",
  ],
  counterExamples: ["blocked the decision", "blocked by a majority", "rejected the plan", "is blocking"],
};
