import type { RegisteredPattern } from "../../pattern";

const AGENTS = "(?:countries|states|nations|allies|partners|members|others|europeans|governments|coalition)";

/**
 * Third parties that can carry a commitment of their own ("countries willing to send troops");
 * not partners one talks with about one's own act ("is in talks with allies about contributing
 * to", "consulting with partners on sending"): after "with" and before a gerund of the topic,
 * they are the company of the talks, the gerund's agent still the subject. Talks with them
 * about a measure ("in talks with partners about a mission") leave the measure's owner open.
 */
export const OTHER_AGENT: RegisteredPattern = {
  id: "stance/other-agent",
  phenomenon: "third parties that can carry a commitment of their own, not the partners of talks about it",
  re: new RegExp(
    `\\b${AGENTS}\\b(?:(?<!\\bwith\\s+(?:[\\w-]+\\s+)?${AGENTS})|(?!\\s+(?:about|on|over|regarding)\\s+[a-z]+ing\\b))`,
    "i",
  ),
  examples: [
    "countries willing to send",
    "other allies",
    "the coalition",
    "work with countries willing to send",
    "with allies that are ready to",
    "in talks with partners about a mission",
  ],
  counterExamples: [
    "France",
    "the government",
    "in talks with allies about contributing",
    "with its partners on sending",
  ],
};
