import type { RegisteredPattern } from "../../pattern";

/** A sentence that opens with while or although: two clauses. */
export const LEADING_CONCESSION: RegisteredPattern = {
  id: "clauses/leading-concession",
  phenomenon: "a sentence that opens with while or although: two clauses",
  re: /^\s*(?:while|although|though|whereas)\b[^,]*,/iu,
  examples: ["While Paris agreed, Rome waited", "Although it is late, we go"],
  counterExamples: ["We agree, while Rome waits", "Whilst here,"],
};
