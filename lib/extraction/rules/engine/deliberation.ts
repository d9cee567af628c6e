import type { RegisteredPattern } from "../../pattern";

/** Words for a measure being weighed, as opposed to a modal hedge ("could", "may"). */
export const DELIBERATION: RegisteredPattern = {
  id: "engine/deliberation",
  phenomenon: "words for a measure being weighed, not a modal hedge",
  re: /^(?:consider\w*|discuss\w*|study\w*|examin\w*|weigh\w*|explor\w*|under discussion|in talks|look\w* (?:at|into))$/iu,
  examples: ["considering", "under discussion", "looking into"],
  counterExamples: ["could", "may consider it"],
};
