import type { RegisteredPattern } from "../../pattern";

/**
 * A deal with a country, before the weapons it buys ("a deal with Poland to supply K2 tanks",
 * "an order from Romania for howitzers"): the buyer (group 1), a country other than Ukraine.
 */
export const ARMS_BUYER_BEFORE: RegisteredPattern = {
  id: "commitments/arms-buyer-before",
  phenomenon: "a deal with another country before the weapons it buys",
  re: /\b(?:deals?|contracts?|agreements?|orders?)\s+(?:with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\b[^.;]{0,60}$/u,
  examples: ["a supplemental deal with Poland to supply ", "an order from Romania for "],
  counterExamples: ["a deal with the allies to supply ", "a deal with Poland. Later it will send "],
};
