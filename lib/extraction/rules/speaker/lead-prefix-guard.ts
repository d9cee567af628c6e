import type { RegisteredPattern } from "../../pattern";

/** What a lead frame's subject may not hold: quotes, a modal, a plan. */
export const LEAD_PREFIX_GUARD: RegisteredPattern = {
  id: "speaker/lead-prefix-guard",
  phenomenon: "what a lead frame's subject may not hold: quotes, a modal, a plan",
  re: /["“”]|\b(?:will|would|not|ready|plan|plans|could|can|must|should)\b/iu,
  examples: ["“We", "Poland will", "not"],
  counterExamples: ["Poland", "The defence minister"],
};
