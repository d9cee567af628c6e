import type { RegisteredPattern } from "../../pattern";

// Names start with a capital, or with "van"/"von" ("van Weel"); the letter before is checked by hand.
export const NAME_START: RegisteredPattern = {
  id: "actors/name-start",
  phenomenon: "where a name may start: a capital, or van / von",
  re: /[A-Z\u00C0-\u00DE\u0100-\u017E]|\bv[ao]n /g,
  examples: ["Finland", "Ólafur", "van Weel"],
  counterExamples: ["finland", "123"],
};
