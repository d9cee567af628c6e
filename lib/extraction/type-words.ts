/**
 * Lexicon family "type words": the plain words that name a commitment type, however loosely.
 * The type patterns of the lexicon (lexicon/types/) decide what a phrase means; these only make sure that a
 * sentence naming a type at all yields a candidate for the learned decision (stage "propose"),
 * which then weighs the evidence. Recall matters here, precision is the model's job.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { SubstringSet } from "./text";

export interface TypeWordFamily {
  type: CommitmentType;
  phenomenon: string;
  re: RegExp;
  /**
   * Lower-case substrings of which every match holds one (type-words.test.ts checks it): where
   * none occurs the family is not tried.
   */
  keys: readonly string[];
  /** Phrases the family must find (checked by type-words.test.ts). */
  examples: readonly string[];
  /** Phrases it must not find. */
  counterExamples: readonly string[];
}

const words = (source: string) => new RegExp(`\\b(?:${source})`, "gi");

export const TYPE_WORD_FAMILIES: readonly TypeWordFamily[] = [
  {
    type: "troops",
    phenomenon: "own personnel or a force on the ground",
    re: words(
      "troops?\\b|soldiers?\\b|servicem[ae]n\\b|personnel\\b|boots on the ground|peace-?keep\\w*|contingents?\\b|(?<!\\b(?:air|task)[\\s-])forces?\\b|deploy\\w*|military presence|brigades?\\b|battalions?\\b|units?\\b|military mission|stationed\\b|to station\\b",
    ),
    keys: [
      "troop",
      "soldier",
      "servicem",
      "personnel",
      "boots on the ground",
      "peace",
      "contingent",
      "force",
      "deploy",
      "military presence",
      "brigade",
      "battalion",
      "unit",
      "military mission",
      "stationed",
      "to station",
    ],
    examples: ["send a contingent", "a reassurance force", "deploying instructors", "boots on the ground"],
    // an air force or a task force is no force on the ground
    counterExamples: ["a troupe of dancers", "the enforcement of rules", "the Ukrainian air force", "a task force"],
  },
  {
    type: "monitoring",
    phenomenon: "watching or verifying a ceasefire",
    re: words("monitor\\w*|verif\\w*|observers?\\b|oversee\\w*|oversight\\b|supervis\\w*"),
    keys: ["monitor", "verif", "observer", "oversee", "oversight", "supervis"],
    examples: ["monitoring the ceasefire", "a verification mechanism", "international observers"],
    counterExamples: ["the monastery"],
  },
  {
    type: "article5",
    phenomenon: "a collective-defence guarantee",
    re: words(
      "article\\s*5\\b|article five\\b|collective defen[cs]e|mutual defen[cs]e|mutual assistance|come to (?:its|ukraine's) (?:aid|defen[cs]e)|defend ukraine if",
    ),
    keys: ["article", "collective defen", "mutual defen", "mutual assistance", "come to ", "defend ukraine if"],
    examples: ["an Article 5-style guarantee", "collective defence", "mutual defense"],
    counterExamples: ["article 50", "an article on defence"],
  },
  {
    type: "air",
    phenomenon: "air policing, air cover and aircraft over Ukraine",
    re: words(
      "air\\s*(?:policing|cover|defen[cs]e|shield|support|power|mission|component|forces?)\\b|airspace|sky\\b|skies|fighter|jets?\\b|aircraft|aviation|air force|planes?\\b|no-fly",
    ),
    keys: ["air", "sky", "skies", "fighter", "jet", "aviation", "plane", "no-fly"],
    examples: ["air policing", "a sky shield", "fighter jets", "protect the airspace"],
    counterExamples: ["an airy room", "the airport"],
  },
  {
    type: "maritime",
    phenomenon: "the Black Sea, ships and demining at sea",
    re: words(
      "maritime|naval|navy|navies|black sea|sea\\b|ships?\\b|warships?|frigates?|minehunters?|mine-?(?:hunt|clear|sweep)\\w*|demin\\w*|shipping|vessels?|corvettes?|fleet",
    ),
    keys: [
      "maritime",
      "naval",
      "navy",
      "navies",
      "sea",
      "ship",
      "frigate",
      "mine",
      "demin",
      "vessel",
      "corvette",
      "fleet",
    ],
    examples: ["naval presence", "minehunters", "the Black Sea", "a frigate"],
    counterExamples: ["the seashore"],
  },
  {
    type: "training",
    phenomenon: "training Ukrainian forces",
    re: words("train(?:s|ed|ing|ers)?\\b|instruct\\w*|drills?\\b|exercises\\b"),
    keys: ["train", "instruct", "drill", "exercises"],
    examples: ["train Ukrainian soldiers", "military instructors", "training mission"],
    counterExamples: ["a trainer of horses"],
  },
  {
    type: "arms",
    phenomenon: "weapons, military aid and the defence industry",
    re: words(
      "weapons?|arms\\b|armament\\w*|ammunition|munitions?|missiles?|rockets?|shells\\b|artillery|howitzers?|tanks?\\b|armou?red|drones?\\b|air defen[cs]e systems?|patriot|interceptors?|(?<!non-)military (?:aid|assistance|support|equipment)|equipment\\b|defen[cs]e industr\\w*|defen[cs]e production|arms production|co-?produc\\w*|supply\\w*|deliver\\w*|f-16s?",
    ),
    keys: [
      "weapon",
      "arms",
      "armament",
      "munition",
      "missile",
      "rocket",
      "shells",
      "artillery",
      "howitzer",
      "tank",
      "armo",
      "drone",
      "defen",
      "patriot",
      "interceptor",
      "military",
      "equipment",
      "produc",
      "supply",
      "deliver",
      "f-16",
    ],
    examples: ["military aid", "air defence systems", "drones for Ukraine", "co-production"],
    counterExamples: ["armistice", "a tanker truck", "non-military support"],
  },
  {
    type: "funding",
    phenomenon: "money for Ukraine's security",
    re: words(
      "fund(?:s|ed|ing|er|ers)?\\b|financ\\w*|billions?\\b|millions?\\b|bn\\b|euros?\\b|dollars?\\b|pounds\\b|kron\\w*|loans?\\b|budget\\w*|money|grants?\\b|pay\\w*|contribut\\w*|[€$£]",
    ),
    keys: [
      "fund",
      "financ",
      "billion",
      "million",
      "bn",
      "euro",
      "dollar",
      "pounds",
      "kron",
      "loan",
      "budget",
      "money",
      "grant",
      "pay",
      "contribut",
      "€",
      "$",
      "£",
    ],
    examples: ["a fund for Ukraine", "two billion euros", "a loan", "financing"],
    counterExamples: ["fundamental", "the funnel"],
  },
  {
    type: "intelligence",
    phenomenon: "intelligence and surveillance shared",
    re: words("intelligence|surveillance|reconnaissance|satellite\\w*|isr\\b|information sharing|share information"),
    keys: [
      "intelligence",
      "surveillance",
      "reconnaissance",
      "satellite",
      "isr",
      "information sharing",
      "share information",
    ],
    examples: ["intelligence sharing", "satellite imagery", "surveillance flights"],
    counterExamples: ["intelligent design"],
  },
  {
    type: "logistics",
    phenomenon: "hubs, bases, headquarters and transport",
    re: words(
      "logistic\\w*|hubs?\\b|headquarters|bases?\\b|transport\\w*|airlift|staging|supply lines?|command cent\\w*|coordination cent\\w*|rear\\b|host\\w*",
    ),
    keys: [
      "logistic",
      "hub",
      "headquarters",
      "base",
      "transport",
      "airlift",
      "staging",
      "supply line",
      "command cent",
      "coordination cent",
      "rear",
      "host",
    ],
    examples: ["a logistics hub", "headquarters in Kyiv", "airlift", "host the force"],
    counterExamples: ["baseball"],
  },
  {
    type: "backstop",
    phenomenon: "the United States behind a European force",
    re: words(
      "backstop\\w*|back(?:ing|ed|s)?\\b|underpin\\w*|guarantor|american (?:support|guarantee)|us (?:support|guarantee)",
    ),
    keys: ["back", "underpin", "guarantor", "american ", "us support", "us guarantee"],
    examples: ["a US backstop", "backing the force", "American support"],
    counterExamples: ["backgammon"],
  },
];

/** The families' keys, found in one pass over a sentence; and the ids of each family's keys, in family order. */
export const TYPE_WORD_KEYS = new SubstringSet([...new Set(TYPE_WORD_FAMILIES.flatMap((f) => f.keys))]);
export const TYPE_WORD_FAMILY_KEYS: readonly (readonly number[])[] = TYPE_WORD_FAMILIES.map((f) =>
  f.keys.map((k) => TYPE_WORD_KEYS.keys.indexOf(k)),
);
