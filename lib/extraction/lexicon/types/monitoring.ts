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
    // a country's own border, named by its possessive or its adjective, is guarded at home
    counterExamples: ["cross the border", "guard the Hungarian border", "secure its own borders"],
    re: g(
      "\\b(?:control|patrol|police|guard|secur)\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?!(?:the\\s+)?(?:(?:its|their|our|his|her)\\s+(?:own\\s+)?(?:[\\w-]+\\s+)?|(?!(?:Russian|Ukrainian|Belarusian)\\b)[a-z]+(?:ian|ish|ese|ch)\\s+)borders?\\b)(?:[\\w-]+\\s+){0,2}?(?:border|contact line|line of contact|demarcation line|buffer zone)\\b",
    ),
    keys: ["border", "contact", "demarcation", "buffer"],
    weight: 0.9,
  },
  // Phenomenon: watching over a ceasefire in other words than "monitor" ("help oversee the truce",
  // "supervise the ceasefire", "keep watch over the armistice line", "oversight of the
  // ceasefire"): the truce or its line must be the object, so overseeing a budget or a reform
  // is none.
  {
    type: "monitoring",
    id: "monitoring/overseeing-a-ceasefire",
    phenomenon: "overseeing, supervising or keeping watch over a ceasefire",
    examples: [
      "take part in overseeing the truce",
      "help supervise the ceasefire",
      "keep watch over the ceasefire line",
      "oversight of a future cease-fire",
      "supervision of the armistice",
      "watch over the line of contact",
      "a UN mission to observe the truce",
    ],
    counterExamples: [
      "oversee the reconstruction budget",
      "supervise the elections",
      "watch the talks closely",
      "observe a minute of silence",
    ],
    re: g(
      "\\b(?:overs(?:ee|ees|eeing|aw|een)|oversight\\s+of|observ(?:e|es|ed|ing)|supervis(?:e|es|ed|ing|ion)(?:\\s+of)?|(?:keep|keeps|keeping|kept)\\s+(?:a\\s+)?(?:close\\s+)?watch\\s+(?:over|on)|watch(?:es|ing)?\\s+over)\\s+(?:the\\s+|a\\s+|any\\s+)?(?:[\\w-]+\\s+){0,2}?(?:cease-?fires?|truces?|armistices?|contact line|line of contact|demarcation line|buffer zone)\\b",
    ),
    keys: ["oversee", "oversaw", "oversight", "supervis", "watch", "observ"],
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
