/** The commitment lexicon's "monitoring" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const MONITORING_PATTERNS: readonly TypePattern[] = [
  // monitoring: a ceasefire monitoring or verification role
  {
    type: "monitoring",
    id: "monitoring/monitoring",
    phenomenon: "monitoring",
    examples: ["monitor the ceasefire", "ceasefire monitoring"],
    counterExamples: ["monitor the situation", "monitoring closely", "aerial battlefield monitoring"],
    re: g(
      "(?<!battlefield |aerial |radar |satellite |air |airspace )\\bmonitor(?:ing|ed|s)?\\b(?! the situation| closely| developments| of the battlefield)",
    ),
    keys: ["monitor"],
    weight: 1,
  },
  {
    type: "monitoring",
    id: "monitoring/verification",
    phenomenon: "verification",
    examples: ["verification", "verify the truce"],
    counterExamples: ["verifiable", "trust but verify"],
    // "trust but verify", the proverb, verifies no ceasefire.
    re: g("(?<!\\btrust,? but )\\bverif(?:y|ying|ication)\\b"),
    keys: ["verif"],
    weight: 0.8,
  },
  {
    type: "monitoring",
    id: "monitoring/observers",
    phenomenon: "observers",
    examples: ["observer mission", "observers"],
    counterExamples: ["an observer of the talks said"],
    re: g("\\bobserver(?:s| mission)\\b"),
    keys: ["observer"],
    weight: 0.8,
  },
  {
    type: "monitoring",
    id: "monitoring/controlling-a-line-or-border",
    phenomenon: "controlling a line or border",
    examples: ["control the Russian-Ukrainian border", "patrol the contact line", "secure the buffer zone"],
    counterExamples: ["cross the border"],
    re: g(
      "\\b(?:control|patrol|police|guard|secur)\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:border|contact line|line of contact|demarcation line|buffer zone)\\b",
    ),
    keys: ["border", "contact", "demarcation", "buffer"],
    weight: 0.9,
  },
  {
    type: "monitoring",
    id: "monitoring/tracking-violations",
    phenomenon: "tracking violations",
    examples: ["track violations", "tracking ceasefire violations"],
    counterExamples: ["violations of human rights were reported"],
    re: g("\\btrack(?:ing)? (?:\\w+ )?violations\\b"),
    keys: ["violation"],
    weight: 0.9,
  },
];
