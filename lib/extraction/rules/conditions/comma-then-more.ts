import type { RegisteredPattern } from "../../pattern";

/** A comma with more text after it. */
export const COMMA_THEN_MORE: RegisteredPattern = {
  id: "conditions/comma-then-more",
  phenomenon: "a comma with more text after it",
  re: /,\s*\S/u,
  examples: ["After the war, Belgium", "So,yes"],
  counterExamples: ["After the war", "the end,"],
};
