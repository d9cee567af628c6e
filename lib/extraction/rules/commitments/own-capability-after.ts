import type { RegisteredPattern } from "../../pattern";

// "a new ammunition depot for its own army", "tanks for their own forces": what a country buys or
// builds for its own use, named right after the cue, is no commitment to Ukraine.
export const OWN_CAPABILITY_AFTER: RegisteredPattern = {
  id: "commitments/own-capability-after",
  phenomenon: "a country's own capability, right after the cue",
  re: /^\s*(?:(?!(?:to|for|from|with|Ukrain\w*|Kyiv)\b)[\w-]+\s+)?for\s+(?:its|our|their|his|her)\s+own\s+(?:[\w-]+\s+)?(?:army|armed forces|forces|military|troops|soldiers|use|defen[cs]es?|needs|navy|air force|stocks?|stockpiles?)\b/i,
  examples: [" for its own army", " depot for their own armed forces", " for our own national defence"],
  // "to Ukraine for its own defence": its is Ukraine's
  counterExamples: [" for Ukraine's army", " for its allies", " to Ukraine for its own defence efforts later"],
};
