/** The commitment lexicon's "logistics" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { UKRAINE_NAMED } from "../commitment-context";

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
    examples: [
      "military bases",
      "its bases",
      "military infrastructure",
      "the naval base at Souda Bay",
      "its naval bases",
    ],
    // bases that host training are the training's, also after the verb ("will keep training
    // Ukrainian troops at its bases near Toledo")
    counterExamples: [
      "database",
      "at its air bases for training",
      "host Ukrainian soldiers for training at its bases",
      "keep training Ukrainian troops at its bases near Toledo",
      "trains Ukrainian pilots at our air bases",
    ],
    re: g(
      "\\b(?:military (?:centers|centres|bases|base|facilities|infrastructure)|naval bases?)\\b|\\b(?=(?:our|its|their)\\s)(?<!\\bfor\\s+(?:[\\w-]+\\s+)?training\\s+(?:at|in|on)\\s+)(?<!\\btrain(?:s|ed|ing)?\\s+(?:[\\w'’-]+\\s+){1,3}?(?:at|in|on)\\s+)(?:our|its|their) (?:military |air )?bases\\b(?!\\s+for\\s+(?:[\\w-]+\\s+)?training\\b)",
    ),
    keys: ["base", "military"],
    weight: 1,
  },
  // Phenomenon: the rear of a mission named in other words ("a command centre for the mission",
  // "a coordination cell in Kyiv", "supply depots", "ammunition warehouses", "repair and
  // maintenance hubs"): headquarters and storage away from the front, logistics, where the
  // sentence names Ukraine (a country's own command post at home is none).
  {
    type: "logistics",
    id: "logistics/command-centres-and-depots",
    phenomenon: "command or coordination centres, depots and warehouses",
    examples: [
      "contribute a command centre",
      "a coordination cell in Kyiv",
      "an operations center",
      "run supply depots",
      "ammunition warehouses",
      "a fuel depot",
    ],
    counterExamples: ["a call centre", "a bus depot in Leeds", "a shopping centre"],
    re: g(
      "\\b(?:command|coordination|co-ordination|operations|control)(?:\\s+and\\s+(?:control|coordination))? (?:centres?|centers?|cells?|posts?|nodes?)\\b|\\b(?:supply|ammunition|munitions|fuel|logistics?|military|weapons|equipment|storage) (?:depots?|warehouses?|dumps)\\b",
    ),
    keys: ["centre", "center", "cell", "post", "node", "depot", "warehouse", "dump"],
    weight: 0.9,
    requires: UKRAINE_NAMED.re,
  },
  // Phenomenon: troops, weapons or equipment let through a country ("allow troops to transit
  // through its territory", "the transit of coalition troops", "transit rights"): the country
  // gives transit, logistics; the troops or weapons in transit are not its own pledge of them
  // (`commitments/in-transit` sets them aside).
  {
    type: "logistics",
    id: "logistics/transit-of-forces",
    phenomenon: "troops or weapons let through a country's territory",
    examples: [
      "allow troops to transit through its territory",
      "the transit of coalition troops",
      "let weapons for Ukraine pass through its ports",
      "transiting across their territory",
      "transit rights",
      "the passage of allied forces",
      "allow coalition troops to transit through",
    ],
    counterExamples: ["the transit of gas", "a transit visa", "troops passed the test", "the passage of time"],
    re: g(
      "\\b(?:transit|passage)\\s+of\\s+(?:[\\w-]+\\s+){0,3}?(?:troops|forces|soldiers|personnel|servicemen|units|weapons|arms|equipment)\\b|\\b(?:(?:coalition|allied|foreign|western|NATO|European|partner|multinational)\\s+){0,2}(?:troops|forces|soldiers|personnel|weapons|arms|equipment|supplies)\\s+(?:[\\w'-]+\\s+){0,4}?(?:to\\s+)?(?:transit|pass)\\s+(?:through|across|via)\\b|\\btransit(?:ing)?\\s+(?:through|across|via)\\s+(?:its|their|our|the\\s+country's)\\s+(?:territory|soil|airspace|ports?)\\b|\\btransit\\s+rights\\b",
    ),
    keys: ["transit", "passage", "pass "],
    weight: 1,
  },
  // Phenomenon: a country's ports, railways or airfields opened to what goes to Ukraine ("open
  // its ports and railways to military shipments", "make its airfields available for deliveries
  // to Kyiv"): transit, so logistics.
  {
    type: "logistics",
    id: "logistics/ports-and-railways-for-deliveries",
    phenomenon: "a country's ports, railways or airfields opened to deliveries",
    examples: [
      "open its ports and railways to military shipments",
      "make its airfields available for deliveries to Kyiv",
      "our railways for military cargo",
      "provide its airspace and ports for the transfer of equipment to Ukraine",
    ],
    counterExamples: ["its ports were closed for the holiday", "their airports for tourists"],
    re: g(
      "\\b(?:its|their|our)\\s+(?:own\\s+)?(?:(?:sea|air)?ports|railways?|rail lines|airfields|airbases|air bases|airspace|roads|territory)(?:,?\\s+(?:and\\s+)?(?:(?:sea|air)?ports|railways?|rail lines|airfields|airbases|air bases|airspace|roads))*\\s+(?:available\\s+)?(?:to|for)\\s+(?:the\\s+)?(?:(?:transfer|transit|passage|movement|delivery|shipment)\\s+of\\s+)?(?:[\\w-]+\\s+)?(?:military|defen[cs]e|weapons|arms|shipments|deliveries|supplies|cargo|equipment)\\b",
    ),
    keys: ["port", "rail", "airfield", "airbase", "air base", "airspace", "road", "territory"],
    weight: 0.9,
    requires: UKRAINE_NAMED.re,
  },
];
