/** The lexicon's country-group family: names of groups that stand for their member countries. */
import type { RegisteredPattern } from "../pattern";

export interface CountryGroupPattern extends RegisteredPattern {
  /** The member countries the group's name stands for, one mention each. */
  countries: readonly string[];
}

/**
 * Phenomenon: a group name that stands for its member countries ("the Baltic states are ready
 * to ..." is Estonia, Latvia and Lithuania).
 */
export const COUNTRY_GROUPS: readonly CountryGroupPattern[] = [
  {
    id: "country-group/baltic-states",
    phenomenon: "the Baltic states are Estonia, Latvia and Lithuania",
    re: /\b(?:Baltic (?:states|countries|nations|republics)|Baltics)\b/gu,
    examples: ["the Baltic states", "the Baltics", "the three Baltic countries"],
    counterExamples: ["the Baltic Sea", "a Baltic port"],
    countries: ["EE", "LV", "LT"],
  },
  {
    id: "country-group/nordic-countries",
    phenomenon: "the Nordic countries are Denmark, Finland, Iceland, Norway and Sweden",
    re: /\bNordic (?:states|countries|nations)\b/gu,
    examples: ["the Nordic countries", "Nordic states"],
    counterExamples: ["Nordic skiing", "a Nordic summit"],
    countries: ["DK", "FI", "IS", "NO", "SE"],
  },
  {
    id: "country-group/benelux",
    phenomenon: "Benelux is Belgium, the Netherlands and Luxembourg",
    re: /\bBenelux(?: (?:states|countries|nations))?\b/gu,
    examples: ["the Benelux countries", "Benelux"],
    counterExamples: ["Belgium", "the Low Countries' history"],
    countries: ["BE", "NL", "LU"],
  },
];

/** A cheap test before the group names are looked for. */
export const COUNTRY_GROUP_HINT: RegisteredPattern = {
  id: "country-group/hint",
  phenomenon: "a sentence that may name a group of countries",
  re: /Baltic|Nordic|Benelux/u,
  examples: ["the Baltic states", "Nordic countries", "Benelux"],
  counterExamples: ["the Balkan states", "Scandinavia"],
};

/** The country-group family as registered. */
export const REGISTERED_COUNTRY_GROUPS: readonly RegisteredPattern[] = [...COUNTRY_GROUPS, COUNTRY_GROUP_HINT];
