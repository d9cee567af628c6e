import type { RegisteredPattern } from "../../pattern";

/** A cue that is an amount of money, by symbol, digits, a number in words or currency code. */
export const MONEY_AMOUNT: RegisteredPattern = {
  id: "commitments/money-amount",
  phenomenon: "a cue that is an amount of money",
  re: /^(?:[€$£\d]|(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|CHF)\s?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|several)\s+(?:billion|million)\b)/iu,
  examples: ["€2 billion", "$500 million", "40 million", "EUR 1 billion", "two billion euros"],
  counterExamples: ["funding", "a loan", "EU funds"],
};
