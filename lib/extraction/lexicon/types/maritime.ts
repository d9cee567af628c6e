/** The commitment lexicon's "maritime" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { AT_SEA, SHIPS_NOT_FOR_UKRAINES_WATERS } from "../commitment-context";

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
    // rebuilding Ukraine's navy is arms (arms/strengthening-ukraines-army); flights "over the
    // Black Sea" name the airspace above it, not a naval role; a naval base offered is a place
    // for others' logistics, not a presence at sea (logistics/bases-and-military-facilities)
    counterExamples: [
      "sea change",
      "mine of information",
      "a border patrol",
      "help Ukraine rebuild its navy",
      "fly ISR missions over the Black Sea",
      "the naval base at Souda Bay",
      "its naval bases",
    ],
    re: g(
      "(?<!\\b(?:over|above)\\s+(?:the\\s+)?)\\b(?:Black|Baltic|Azov) Sea\\b|\\bSea of Azov\\b|\\bnaval\\b(?!\\s+(?:capability\\s+)?coalition|\\s+bases?\\b)|\\bfleet\\b|\\bwarships?\\b|\\bfrigates?\\b|\\bcorvettes?\\b|\\bdestroyers?\\b|\\bpatrol (?:vessels?|boats?|ships?)\\b|\\bmaritime\\b(?!\\s+(?:capability\\s+)?coalition)|(?<!\\b(?:rebuild|restor|re-?arm|build(?:ing)? up)\\w*\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s|its|their)\\s+)\\bnav(?:y|ies)\\b|\\bsea lanes?\\b|\\bshipping lanes?\\b|\\bminesweep\\w*|\\bmine-?hunt\\w*|\\bmine[\\s-]?countermeasures?\\b|\\baircraft carriers?\\b",
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
    unless: SHIPS_NOT_FOR_UKRAINES_WATERS.re,
  },
  // Phenomenon: safe passage at sea told in other words ("clear sea mines from the ports",
  // "coastal patrols",
  // "safeguard freedom of navigation", "escort merchant convoys", "naval mines"): what a naval
  // contribution does, without naming the navy. Not an escort of officials, nor land mines.
  {
    type: "maritime",
    id: "maritime/safe-passage-at-sea",
    phenomenon: "sea mines, freedom of navigation and escorted shipping",
    examples: [
      "help clear sea mines from Ukrainian ports",
      "naval mines",
      "safeguard freedom of navigation",
      "the safety of navigation",
      "escort merchant convoys",
      "escorting grain ships",
      "escorts for cargo vessels",
      "run coastal patrols off Odesa",
    ],
    counterExamples: ["escort the minister", "land mines", "navigation apps", "escorted by police"],
    re: g(
      "\\b(?:sea|naval|underwater) mines\\b|\\bcoastal (?:patrols?|security|waters)\\b|\\b(?:freedom|safety|security) of (?:navigation|shipping)\\b|\\bsafe navigation\\b|\\bescort(?:s|ed|ing)?\\s+(?:(?:for|of|to)\\s+)?(?:(?:the|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:convoys?|vessels|ships|tankers|freighters|merchantmen|shipping)\\b",
    ),
    keys: ["mines", "navigation", "shipping", "escort", "coastal"],
    weight: 0.9,
  },
  // Phenomenon: the sea route for Ukraine's exports named as a corridor ("help secure the grain
  // corridor from Odesa", "protect the shipping corridor", "the maritime export corridor"): safe
  // passage at sea. Not a corridor on land ("a humanitarian corridor", "the rail corridor",
  // "a land corridor to Crimea").
  {
    type: "maritime",
    id: "maritime/a-sea-corridor",
    phenomenon: "a grain or shipping corridor at sea",
    examples: [
      "help secure the grain corridor from Odesa",
      "protect the shipping corridor",
      "a sea corridor for grain",
      "the Ukrainian grain export corridor",
      "grain export routes across the sea",
    ],
    counterExamples: [
      "a humanitarian corridor from Mariupol",
      "the rail corridor",
      "a land corridor to Crimea",
      "grain prices",
    ],
    re: g("\\b(?:grain|shipping|sea|seaborne)\\s+(?:export\\s+)?(?:corridors?|routes?)\\b"),
    keys: ["grain", "shipping", "sea"],
    weight: 0.9,
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
  // Phenomenon: a naval or maritime coalition named by what it does at sea ("joining a maritime
  // coalition to keep Black Sea shipping lanes open", "a naval coalition that would escort grain
  // ships"): a naval presence. A capability coalition named alone builds Ukraine's own navy
  // (arms/joining-a-capability-coalition).
  {
    type: "maritime",
    id: "maritime/a-coalition-for-the-sea",
    phenomenon: "a naval or maritime coalition named by what it does at sea",
    examples: [
      "a maritime coalition to keep Black Sea shipping lanes open",
      "a naval coalition that would escort grain ships",
    ],
    counterExamples: ["the maritime capability coalition", "join the naval coalition led by Norway"],
    re: g(
      "\\b(?:naval|maritime)\\s+coalition(?=\\s+(?:to|that|which)\\s+(?:(?:will|would)\\s+)?(?:keep|protect|secur|escort|patrol|guard|clear|safeguard)\\w*)",
    ),
    keys: ["coalition"],
    weight: 0.9,
  },
];
