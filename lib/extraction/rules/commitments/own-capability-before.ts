import type { RegisteredPattern } from "../../pattern";

// "strengthen its own air defence": a country's own capability, not a commitment to Ukraine.
export const OWN_CAPABILITY_BEFORE: RegisteredPattern = {
  id: "commitments/own-capability-before",
  phenomenon: "a country's own capability, right before the cue",
  re: /\b(?:its|our|their|his|her)\s+own\s+(?:[\w-]+\s+)?$/i,
  examples: ["strengthen its own ", "build our own naval "],
  counterExamples: ["strengthen Ukraine's ", "its allies' "],
};
