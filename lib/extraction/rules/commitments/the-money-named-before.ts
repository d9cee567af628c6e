import type { RegisteredPattern } from "../../pattern";

/**
 * An opposition to the loan for Ukraine named in a sentence before ("EU leaders agreed to lend
 * Ukraine 90 billion euros." then "Orban said he had opposed the loan.", "Slovakia blocked this
 * loan."): the definite noun is that funding, though the sentence does not name Ukraine again,
 * and the one who opposes or blocks it opposes the funding. Only a definite noun refers back ("a
 * loan" is new money, which must name Ukraine to count), and only the rejection is read: what
 * else is said of "the loan" restates the pledge of the sentence before.
 */
export const THE_MONEY_NAMED_BEFORE: RegisteredPattern = {
  id: "commitments/the-money-named-before",
  phenomenon: "a definite noun for the money for Ukraine named just before",
  re: /(?<=\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|against|want)\s+)(?:the|this|that)\s+(?:(?:new|joint|proposed|planned|whole)\s+)?loan\b/gi,
  examples: ["opposed the loan", "blocked this loan", "voted against the proposed loan"],
  counterExamples: ["opposed a loan", "the loan will", "rejected loans to banks", "the loaner"],
};
