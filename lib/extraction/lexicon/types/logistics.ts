/** The commitment lexicon's "logistics" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const LOGISTICS_PATTERNS: readonly TypePattern[] = [
  // logistics: hubs, bases, headquarters away from the front
  {
    type: "logistics",
    id: "logistics/logistics-hubs-and-transport",
    phenomenon: "logistics, hubs and transport",
    examples: [
      "logistical support",
      "hubs",
      "headquarters",
      "supply routes",
      "airlift",
      "transporting military supplies",
      "cargo aircraft",
      "provide its transport infrastructure",
      "our transit corridors",
      "the transit of all necessary military equipment",
    ],
    counterExamples: [
      "transport minister",
      "supply and demand",
      "the transport infrastructure was hit",
      "the transit of gas",
    ],
    re: g(
      "\\blogistic(?:s|al)\\b|\\b(?:transport(?:s|ing|ation)?|transit) (?:of )?(?:(?:all|the|necessary|needed|military|defen[cs]e|western|allied)\\s+){0,3}(?:supplies|equipment|cargo|weapons|aid)\\b|\\bhubs?\\b|\\bheadquarters\\b|\\bsupply (?:routes?|lines?|chains?)\\b|\\bairlift\\b|\\bstaging (?:area|post|ground)s?\\b|\\b(?:cargo|transport) (?:aircraft|planes)\\b|\\b(?:(?:its|our|their) (?:own )?|provid\\w* (?:the )?)(?:transport|transit|rail) (?:infrastructure|corridors?|routes?|network|hubs?)\\b",
    ),
    keys: [
      "logistic",
      "hub",
      "headquarters",
      "supply",
      "supplies",
      "airlift",
      "staging",
      "transport",
      "cargo",
      "transit",
      "rail",
    ],
    weight: 1,
  },
  {
    type: "logistics",
    id: "logistics/bases-and-military-facilities",
    phenomenon: "bases and military facilities",
    examples: ["military bases", "its bases", "military infrastructure"],
    counterExamples: ["database"],
    re: g(
      "\\bmilitary (?:centers|centres|bases|base|facilities|infrastructure)\\b|\\b(?:our|its|their) (?:military |air )?bases\\b",
    ),
    keys: ["base", "military"],
    weight: 1,
  },
];
