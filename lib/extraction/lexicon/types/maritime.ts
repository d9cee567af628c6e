/** The commitment lexicon's "maritime" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { AT_SEA } from "../commitment-context";

export const MARITIME_PATTERNS: readonly TypePattern[] = [
  // maritime: the Black Sea, naval presence, demining at sea
  {
    type: "maritime",
    id: "maritime/naval-and-black-sea-security",
    phenomenon: "naval and Black Sea security",
    examples: [
      "Black Sea",
      "naval",
      "a fleet",
      "two frigates",
      "minesweepers",
      "minehunters",
      "mine countermeasures",
      "an aircraft carrier",
      "two corvettes",
      "patrol vessels",
    ],
    counterExamples: ["sea change", "mine of information", "a border patrol"],
    re: g(
      "\\b(?:Black|Baltic|Azov) Sea\\b|\\bSea of Azov\\b|\\bnaval\\b(?!\\s+(?:capability\\s+)?coalition)|\\bfleet\\b|\\bwarships?\\b|\\bfrigates?\\b|\\bcorvettes?\\b|\\bdestroyers?\\b|\\bpatrol (?:vessels?|boats?|ships?)\\b|\\bmaritime\\b(?!\\s+(?:capability\\s+)?coalition)|\\bnav(?:y|ies)\\b|\\bsea lanes?\\b|\\bshipping lanes?\\b|\\bminesweep\\w*|\\bmine-?hunt\\w*|\\bmine[\\s-]?countermeasures?\\b|\\baircraft carriers?\\b",
    ),
    keys: [
      "sea",
      "naval",
      "maritime",
      "nav",
      "lane",
      "mine",
      "fleet",
      "warship",
      "frigate",
      "carrier",
      "corvette",
      "destroyer",
      "patrol",
    ],
    weight: 1,
  },
  {
    type: "maritime",
    id: "maritime/demining-at-sea",
    // Land demining is not maritime (labelling conventions): mine clearance counts at sea only.
    phenomenon: "demining at sea",
    examples: ["demining", "mine clearance", "mine-clearing"],
    counterExamples: ["removing land mines"],
    re: g("\\bdemin\\w+|\\bmine[\\s-]?(?:clearing|clearance)\\b"),
    keys: ["demin", "mine"],
    weight: 0.8,
    requires: AT_SEA.re,
  },
];
