import type { RegisteredPattern } from "../../pattern";
import { MONTH_AS_WRITTEN } from "../../lexicon/calendar";

// A month alone dates a statement only as its reporting frame: "said in February", "In March, he said".
export const SAID_IN_MONTH: RegisteredPattern = {
  id: "dates/said-in-month",
  phenomenon: "a month that dates a statement as its reporting frame",
  re: new RegExp(
    `\\b(?:said|told|stated|announced|declared|pledged|promised|wrote)\\b[^.;]{0,40}?\\bin\\s+${MONTH_AS_WRITTEN}\\b(?!\\s*\\d)`,
  ),
  examples: ["said in February", "announced plans in March"],
  // A word boundary after the month: "said in March 2025" is no bare "said in Mar".
  counterExamples: ["said on Monday", "said in Paris", "said in March 2025"],
};
