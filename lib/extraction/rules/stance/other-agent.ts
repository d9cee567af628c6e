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
  // "will host the coalition's logistics centre": the coalition's (one the subject belongs to) only
  // says whose the centre is, it carries no commitment of its own; after a preposition ("share
  // imagery with the coalition's headquarters") the thing is still the coalition's, not the subject's.
  re: new RegExp(
    `\\b(?!coalition['’]s\\b(?<!\\b(?:with|to|for|at|in|into|from|of|on)\\s+(?:the\\s+)?coalition['’]s))${AGENTS}\\b(?:(?<!\\bwith\\s+(?:[\\w-]+\\s+)?${AGENTS})|(?!\\s+(?:about|on|over|regarding)\\s+[a-z]+ing\\b))`,
    "i",
  ),
  examples: [
    "countries willing to send",
    "other allies",
    "the coalition",
    "work with countries willing to send",
    "with allies that are ready to",
    "in talks with partners about a mission",
    "share imagery with the coalition's headquarters",
  ],
  counterExamples: [
    "France",
    "the government",
    "in talks with allies about contributing",
    "with its partners on sending",
    "will host the coalition's logistics centre",
  ],
};
