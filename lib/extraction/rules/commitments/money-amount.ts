import type { RegisteredPattern } from "../../pattern";

/** A cue that is an amount of money. */
export const MONEY_AMOUNT: RegisteredPattern = {
  id: "commitments/money-amount",
  phenomenon: "a cue that is an amount of money",
  re: /^[€$£\d]/u,
  examples: ["€2 billion", "$500 million", "40 million"],
  counterExamples: ["funding", "a loan"],
};
