import type { RegisteredPattern } from "../../pattern";
import { MONTH_AS_WRITTEN } from "../../lexicon/calendar";

/** A month that opens the sentence of a statement. */
export const IN_MONTH_SAID: RegisteredPattern = {
  id: "dates/in-month-said",
  phenomenon: "a month that opens the sentence of a statement",
  re: new RegExp(`^\\s*In\\s+${MONTH_AS_WRITTEN},(?=[^.;]{0,80}\\b(?:said|told|stated|announced)\\b)`),
  examples: ["In March, he said", "In Feb., the minister told"],
  counterExamples: ["In March, prices rose.", "In the spring, he said"],
};
