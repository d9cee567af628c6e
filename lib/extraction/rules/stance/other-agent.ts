import type { RegisteredPattern } from "../../pattern";

/** Third parties that can carry a commitment of their own ("countries willing to send troops"). */
export const OTHER_AGENT: RegisteredPattern = {
  id: "stance/other-agent",
  phenomenon: "third parties that can carry a commitment of their own",
  re: /\b(?:countries|states|nations|allies|partners|members|others|europeans|governments|coalition)\b/i,
  examples: ["countries willing to send", "other allies", "the coalition"],
  counterExamples: ["France", "the government"],
};
