import type { RegisteredPattern } from "../../pattern";

/** A cue that is an amount of money, by symbol, digits or currency code. */
export const MONEY_AMOUNT: RegisteredPattern = {
  id: "commitments/money-amount",
  phenomenon: "a cue that is an amount of money",
  re: /^(?:[€$£\d]|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|CHF)\s?\d)/u,
  examples: ["€2 billion", "$500 million", "40 million", "EUR 1 billion"],
  counterExamples: ["funding", "a loan", "EU funds"],
};
