/** The commitment lexicon's "article5" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const ARTICLE5_PATTERNS: readonly TypePattern[] = [
  // article5: a collective-defence guarantee
  {
    type: "article5",
    id: "article5/an-article-5-guarantee",
    phenomenon: "an Article 5 guarantee",
    examples: ["Article 5-like", "Article V", "an Article five-style guarantee"],
    counterExamples: ["Article 9 of the constitution", "article 50"],
    re: g("\\bArticle[\\s-]*(?:5|V|five)\\b(?:[\\s-]*(?:like|style|type))?"),
    keys: ["article"],
    weight: 1,
  },
  {
    type: "article5",
    id: "article5/collective-defence",
    phenomenon: "collective defence",
    examples: ["collective defence", "mutual defense", "NATO's collective defence clause"],
    counterExamples: ["self-defence", "reinforce our collective defence", "allied collective defence"],
    // "our collective defence", said by an ally of its own alliance, is no guarantee for Ukraine.
    re: g("(?<!\\b(?:our|allied|the [Aa]lliance['’]s) )\\b(?:collective|mutual)[\\s-]defen[cs]e\\b"),
    keys: ["defen"],
    weight: 1,
  },
];
