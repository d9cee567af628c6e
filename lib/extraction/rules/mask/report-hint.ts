import type { RegisteredPattern } from "../../pattern";

/** The cheap test before the hearsay pattern: the word report at all. */
export const REPORT_HINT: RegisteredPattern = {
  id: "mask/report-hint",
  phenomenon: "the cheap test before the hearsay pattern: the word report at all",
  re: /report/i,
  examples: ["media reports say", "reported"],
  counterExamples: ["rumours say"],
};
