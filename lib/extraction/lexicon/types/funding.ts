/** The commitment lexicon's "funding" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { CIVILIAN_MONEY, OWN_OR_CIVILIAN_MONEY, UKRAINE_NAMED } from "../commitment-context";

export const FUNDING_PATTERNS: readonly TypePattern[] = [
  // funding: money for Ukraine, not a country's own defence budget
  {
    type: "funding",
    id: "funding/contributing-financially",
    phenomenon: "contributing financially",
    examples: ["contributing financially", "support Ukraine financially"],
    counterExamples: ["financially sound"],
    re: g("\\b(?:contribut|support|help|assist)\\w*(?:[^.;]{0,40}?)\\bfinancially\\b"),
    keys: ["financially"],
    weight: 1,
  },
  {
    type: "funding",
    id: "funding/financial-aid-and-funds",
    phenomenon: "financial aid and funds",
    examples: [
      "financial support",
      "funding",
      "financial backing",
      "loans",
      "funds for",
      "a grant to Ukraine's defence ministry",
    ],
    counterExamples: ["fundamental"],
    re: g(
      "\\bfinancial (?:aid|support|assistance|package|contribution|commitment|backing|help)s?\\b|\\bfunding\\b|\\bfund(?:s|ed)? (?:for|to)\\b|\\bgrants? (?:to|for)\\b|(?<!\\b(?:will|would|shall|to|can|could|may|might)\\s)\\bloans?\\b",
    ),
    keys: ["financial", "fund", "loan", "grant"],
    weight: 1,
    requires: UKRAINE_NAMED.re,
    unless: CIVILIAN_MONEY.re,
  },
  {
    type: "funding",
    id: "funding/money-given",
    phenomenon: "money given",
    examples: ["providing money to a trust fund", "a NATO trust fund", "sending more money", "give additional money"],
    counterExamples: ["money laundering", "sending more troops"],
    re: g(
      "\\b(?:provid\\w*|giv\\w*|contribut\\w*|send\\w*|pledg\\w*) (?:(?:more|additional|extra|new|further|the|fresh)\\s+)?money\\b|\\btrust fund\\b",
    ),
    keys: ["money", "trust fund"],
    weight: 0.8,
    requires: UKRAINE_NAMED.re,
    unless: CIVILIAN_MONEY.re,
  },
  // Phenomenon: paying for Ukraine's forces in other words ("bankroll the salaries of Ukrainian
  // soldiers", "pay the wages of", "cover the cost of Ukraine's army", "underwrite Kyiv's
  // defence budget"): money as such, so funding, not arms.
  {
    type: "funding",
    id: "funding/paying-for-ukraines-forces",
    phenomenon: "paying for Ukraine's forces: bankrolling, salaries, costs",
    examples: [
      "bankroll the salaries of Ukrainian soldiers",
      "pay the wages of Ukraine's troops",
      "cover the cost of Ukraine's army",
      "will bankroll Kyiv's war effort",
      "to pay Ukrainian soldiers' salaries",
      "cover the troops' wages",
      "any plan to pay for Ukraine's army",
      "to finance the Ukrainian armed forces",
      "towards Ukraine's defence budget",
    ],
    counterExamples: [
      "pay a visit to Ukraine",
      "the cost of the war to Russia",
      "cover the costs of the mission",
      "pay the pensions of Ukrainian retirees",
      "pay for Ukraine's reconstruction",
      "Russia's defence budget",
    ],
    re: g(
      "\\bbankroll\\w*|\\b(?:pay(?:s|ing)?|paid|cover(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ\\w+)\\s+(?:for\\s+)?(?:the\\s+|part\\s+of\\s+the\\s+)?(?:salaries|wages|pay|costs?|upkeep)\\s+of\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s|Kyiv['’]s)\\s+(?:[\\w-]+\\s+)?(?:soldiers|troops|army|armed forces|military|servicemen|brigades|forces|defen[cs]e)\\b|\\b(?:pay(?:s|ing)?|paid|cover(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ\\w+)\\s+(?:the\\s+)?(?:(?:Ukrainian|Ukraine['’]s|Kyiv['’]s)\\s+)?(?:soldiers|troops|servicemen)['’]\\s+(?:salaries|wages|pay)\\b|\\b(?:pa(?:y|ys|ying|id)\\s+for|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s|Kyiv['’]s)\\s+(?:army|armed forces|military|soldiers|troops)\\b|\\b(?:Ukraine['’]s|Kyiv['’]s|the Ukrainian)\\s+(?:military|defen[cs]e)\\s+budget\\b",
    ),
    keys: ["bankroll", "salaries", "wages", "pay", "cost", "upkeep", "fund", "financ", "budget"],
    weight: 0.9,
    requires: UKRAINE_NAMED.re,
    unless: CIVILIAN_MONEY.re,
  },
  // Phenomenon: paying for a purchase made for Ukraine ("fund the purchase of US-made air defence
  // equipment for Ukraine", "pay for the procurement of interceptors", "co-fund the acquisition of
  // two Patriot systems"): money as such, beside the weapons it buys (arms), as "finance the
  // purchase" is. Not a country's own purchases or civilian ones (the sentence must name
  // Ukraine, and its own army or reconstruction excludes it).
  {
    type: "funding",
    id: "funding/paying-for-a-purchase",
    phenomenon: "paying for a purchase made for Ukraine",
    examples: [
      "fund the purchase of US-made air defence equipment for Ukraine",
      "pay for the procurement of interceptors for Kyiv",
      "co-fund the acquisition of two Patriot systems for Ukraine",
      "paid for the purchases",
    ],
    counterExamples: ["fund the reconstruction of schools", "a purchase of gas", "pay a visit"],
    re: g(
      "\\b(?:pa(?:y|ys|id|ying)\\s+for|(?:co-?)?fund(?:s|ed|ing)?|bankroll\\w*)\\s+(?:the\\s+|a\\s+|new\\s+|further\\s+)?(?:joint\\s+)?(?:purchases?|procurement|acquisitions?)\\b",
    ),
    keys: ["purchase", "procurement", "acquisition"],
    weight: 0.9,
    requires: UKRAINE_NAMED.re,
    unless: OWN_OR_CIVILIAN_MONEY.re,
  },
  // Phenomenon: a refusal of money by its smallest coin ("not a single forint for this war",
  // "will not pay a single cent"): the money as such, whatever the war is called.
  {
    type: "funding",
    id: "funding/not-a-single-coin",
    phenomenon: "money refused by its smallest coin",
    examples: ["a single forint", "one single euro", "a single cent"],
    counterExamples: [
      "a single soldier",
      "a single-digit share",
      "not one percent",
      'not allow "a single cent" of European money to be spent on weapons',
    ],
    // money refused for weapons is arms money (labelling conventions), not money as such
    re: g(
      "\\b(?:a|one) single (?:forint|euro|cent|dollar|penny|pound|krona|krone|zloty|franc|leu)\\b(?![^.;]{0,60}?\\b(?:spent on|go(?:es)? to|used for|for)\\s+(?:weapons|arms|ammunition|military aid)\\b)",
    ),
    keys: ["single"],
    weight: 0.8,
    unless: CIVILIAN_MONEY.re,
  },
  {
    type: "funding",
    id: "funding/financing",
    phenomenon: "financing",
    examples: ["financing", "finance"],
    counterExamples: ["finance minister"],
    re: g("\\bfinanc(?:e|es|ed|ing)\\b(?! minist)"),
    keys: ["financ"],
    weight: 0.8,
    unless: OWN_OR_CIVILIAN_MONEY.re,
  },
  {
    type: "funding",
    id: "funding/an-amount-of-money",
    phenomenon: "an amount of money",
    // a number in words and the currencies of the smaller donors ("two billion krónur", "300
    // million zlotys", "40 billion yen")
    examples: [
      "€2 billion",
      "3 billion euros",
      "$500 million",
      "EUR 6.4 billion",
      "USD 300 million",
      "50 billion yen",
      "300 million krónur",
      "20 billion forints",
      "JPY 10 billion",
      "two billion krónur",
      "300 million zlotys",
      "40 billion yen",
      "five million francs",
    ],
    counterExamples: [
      "two billion people",
      "EUR members",
      "ten million refugees",
      "50 billion years",
      "a million crowns of flowers",
    ],
    re: g(
      "\\b(?:\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|several)\\s*(?:billion|million|bn|m)\\s+(?:euros?|dollars?|pounds?|kroner|kronor|krona|kr[oó]nur|francs?|yen|won|forints?|zlot(?:y|ys|ych)|lei|leva|lira|korun[ay]?|crowns)\\b|[€$£¥₩]\\s?\\d[\\d.,]*\\s*(?:billion|million|bn)?|\\b(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|CHF|JPY|KRW|HUF|PLN|BGN|CZK|NZD)\\s?\\d[\\d.,]*\\s*(?:billion|million|bn)?",
    ),
    keys: [
      "billion",
      "million",
      "bn",
      "m ",
      "€",
      "$",
      "£",
      "¥",
      "₩",
      "eur",
      "usd",
      "gbp",
      "nok",
      "sek",
      "dkk",
      "cad",
      "chf",
      "jpy",
      "krw",
      "huf",
      "pln",
      "bgn",
      "czk",
      "nzd",
    ],
    weight: 0.8,
    requires: UKRAINE_NAMED.re,
    unless: CIVILIAN_MONEY.re,
  },
];
