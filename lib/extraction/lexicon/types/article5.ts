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
    examples: [
      "collective defence",
      "mutual defense",
      "NATO's collective defence clause",
      "a mutual assistance pledge",
      "a mutual-assistance clause",
    ],
    counterExamples: [
      "self-defence",
      "reinforce our collective defence",
      "allied collective defence",
      "mutual assistance in tax matters",
      "mutual legal assistance",
    ],
    // "our collective defence", said by an ally of its own alliance, is no guarantee for Ukraine.
    // A mutual assistance clause or pledge (as the EU treaty's) is the same guarantee in other words.
    re: g(
      "(?<!\\b(?:our|allied|the [Aa]lliance['’]s) )\\b(?:collective|mutual)[\\s-]defen[cs]e\\b|\\bmutual[\\s-]assistance (?:clauses?|pledges?|commitments?|guarantees?|obligations?)\\b",
    ),
    keys: ["defen", "mutual"],
    weight: 1,
  },
  // Phenomenon: the guarantee named by NATO rather than by its article ("NATO-style security
  // guarantees", "protection akin to NATO's", "guarantees similar to NATO membership"):
  // collective defence modelled on the alliance's. Not NATO-style procurement or exercises.
  {
    type: "article5",
    id: "article5/a-nato-style-guarantee",
    phenomenon: "a guarantee modelled on NATO's, named by NATO",
    examples: [
      "NATO-style security guarantees",
      "a NATO-like guarantee",
      "protection akin to NATO's",
      "guarantees similar to NATO membership",
      "security guarantees equivalent to those of NATO",
    ],
    counterExamples: ["NATO-style procurement", "NATO-standard ammunition", "guarantees for NATO members"],
    re: g(
      "\\bNATO[\\s-](?:style|like|type)\\s+(?:(?:security|defen[cs]e|collective)\\s+)?(?:guarantees?|protection|commitments?|clauses?|assurances?)\\b|\\b(?:guarantees?|protection|commitments?|assurances?)\\s+(?:akin|similar|comparable|equivalent|analogous|close)\\s+to\\s+(?:those\\s+(?:of|under)\\s+)?(?:NATO(?:['’]s)?|the\\s+(?:Atlantic\\s+)?alliance(?:['’]s)?)(?:\\s+membership)?",
    ),
    keys: ["nato"],
    weight: 1,
  },
  // Phenomenon: the guarantee named by its legal force ("legally binding security guarantees",
  // "guarantees that are legally binding", "a legally binding defence commitment"): the binding
  // guarantee modelled on Article 5, unlike the political assurances of an agreement. Not a
  // legally binding agreement, ceasefire or treaty of another kind.
  {
    type: "article5",
    id: "article5/a-legally-binding-guarantee",
    phenomenon: "a security guarantee named as legally binding",
    examples: [
      "legally binding security guarantees",
      "a legally-binding guarantee",
      "security guarantees that are legally binding",
      "a legally binding defence commitment",
    ],
    counterExamples: [
      "a legally binding ceasefire",
      "a legally binding agreement on trade",
      "legally binding emissions commitments",
    ],
    re: g(
      "\\blegally[\\s-]binding\\s+(?:(?:security|defen[cs]e|mutual|military)\\s+)?(?:guarantees?|assurances?)\\b|\\blegally[\\s-]binding\\s+(?:security|defen[cs]e|mutual[\\s-]defen[cs]e)\\s+(?:commitments?|pledges?)\\b|\\bguarantees?\\s+(?:that|which)\\s+(?:are|is|would be|will be)\\s+legally[\\s-]binding\\b",
    ),
    keys: ["binding"],
    weight: 0.9,
  },
  // Phenomenon: the guarantee told as what it does ("come to Ukraine's aid against an attack",
  // "come to the defence of Kyiv", "an attack on Ukraine would be treated as an attack on all"):
  // a promise to defend Ukraine, the substance of a collective-defence clause. Not help for
  // Ukraine's own defence ("help Ukraine defend itself", arms).
  {
    type: "article5",
    id: "article5/coming-to-ukraines-defence",
    phenomenon: "a promise to come to Ukraine's defence if it is attacked",
    examples: [
      "pledged to come to Ukraine's aid against any attack",
      "would come to the defence of Kyiv",
      "an attack on Ukraine would be treated as an attack on all",
      "an attack on Ukraine will be considered an attack on the whole coalition",
      "defend Ukraine militarily if Russia attacks again",
    ],
    counterExamples: [
      "help Ukraine defend itself",
      "came to Ukraine's aid with money",
      "an attack on Ukraine's energy grid",
      "defend Ukraine's interests at the talks",
    ],
    re: g(
      "\\bcom(?:e|es|ing)\\s+to\\s+(?:the\\s+)?(?:(?:Ukraine|Kyiv|Kiev)['’]s\\s+(?:defen[cs]e|aid|assistance|rescue)|(?:defen[cs]e|aid|assistance|rescue)\\s+of\\s+(?:Ukraine|Kyiv|Kiev))\\b(?!\\s+with\\b)|\\battack\\s+on\\s+(?:Ukraine|Kyiv|Kiev)\\s+(?:\\w+\\s+){0,3}?(?:treated|considered|regarded|seen|viewed)\\s+(?:as\\s+)?an?\\s+attack\\s+on\\b|\\bdefend\\s+(?:Ukraine|Kyiv|Kiev)\\s+(?:militarily\\s+)?(?:if|should|in\\s+case|in\\s+the\\s+event)\\b",
    ),
    keys: ["come to", "comes to", "coming to", "attack on", "defend"],
    weight: 0.9,
  },
  // Phenomenon: a pledge to defend Ukraine named by what the partners would do ("pledge to defend
  // it if it is attacked again", "an obligation to defend Ukraine if Russia attacks", "as NATO
  // allies do for each other"): the collective-defence guarantee in other words. Not
  // defending one's own country, nor helping Ukraine defend itself (arms), nor talks within a day
  // if attacked (a consultation clause).
  {
    type: "article5",
    id: "article5/pledging-to-defend-ukraine-if-attacked",
    phenomenon: "a pledge to defend Ukraine if it is attacked, as allies do for each other",
    examples: [
      "pledge to defend it if it is attacked again",
      "an obligation to defend Ukraine if Russia attacks",
      "commit to defending Ukraine should Russia strike again",
      "commit to defending it as they would a NATO member",
      "as NATO allies do for each other",
      "as NATO members do for one another",
    ],
    counterExamples: [
      "pledged to defend its own borders if attacked",
      "help Ukraine defend itself if attacked",
      "consult within a day if attacked again",
      "as allies do every year",
      "as allies do for each other",
    ],
    re: g(
      "\\b(?:pledg|promis|commit|vow|oblig|undert|swor|swear)\\w*\\s+(?:themselves\\s+|itself\\s+)?to\\s+(?:(?:defend|defending)\\s+(?:Ukraine|Kyiv|Kiev|it|the\\s+country)|com(?:e|ing)\\s+to\\s+(?:its|the\\s+country['’]s)\\s+(?:aid|defen[cs]e))\\s+(?:militarily\\s+)?(?:if|should|in\\s+case|in\\s+the\\s+event|were|as\\s+(?:they|it|we|you)\\s+would(?:\\s+for)?\\s+an?\\s+NATO\\s+(?:member|ally))\\b|\\bas\\s+NATO\\s+(?:allies|members)\\s+do\\s+for\\s+(?:each\\s+other|one\\s+another)\\b",
    ),
    keys: ["defend", "aid", "each other", "one another"],
    weight: 0.9,
  },
];
