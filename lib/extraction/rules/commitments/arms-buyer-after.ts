import type { RegisteredPattern } from "../../pattern";

/**
 * A buyer right after the weapons ("sell howitzers to Estonia", "missiles for Saudi Arabia"):
 * the country (group 1), a country other than Ukraine.
 */
export const ARMS_BUYER_AFTER: RegisteredPattern = {
  id: "commitments/arms-buyer-after",
  phenomenon: "a buyer right after the weapons",
  re: /^[^.;]{0,20}?\b(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u,
  examples: [" to Saudi Arabia by 2027", " for Estonia"],
  counterExamples: [" to the front line", " for its own army"],
};
