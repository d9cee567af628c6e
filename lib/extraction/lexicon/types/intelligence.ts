/** The commitment lexicon's "intelligence" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const INTELLIGENCE_PATTERNS: readonly TypePattern[] = [
  // intelligence
  {
    type: "intelligence",
    id: "intelligence/intelligence-sharing",
    phenomenon: "intelligence sharing",
    examples: [
      "intelligence sharing",
      "sharing of intelligence",
      "intelligence support",
      "air defence and intelligence",
      "will support the coalition with intelligence and air defence",
      "share information with Ukraine",
      "sharing battlefield data with Kyiv",
    ],
    // "support the coalition with intelligence": what the support consists of; information or
    // data shared with Ukraine is intelligence, shared with anyone else it is not
    counterExamples: [
      "intelligence services said",
      "military and intelligence officials",
      "met with intelligence chiefs",
      "with artificial intelligence",
      "share information with the press",
      "shared information with Poland",
    ],
    re: g(
      "(?:,|\\band|\\bwith)\\s+intelligence\\b(?![\\s-]+(?:services?|agenc(?:y|ies)|officials?|chiefs?|sources?|reports?|community|committee|officers?))|\\bintelligence[\\s-](?:sharing|data|support|cooperation|information|assistance)\\b|\\bshar\\w+\\s+(?:of\\s+)?(?:\\w+\\s+)?intelligence\\b|\\bshar\\w+\\s+(?:(?:battlefield|military|operational|real-time|targeting|sensitive)\\s+)?(?:information|data) with\\s+(?:the\\s+)?(?:Ukrain\\w*|Kyiv|Kiev)\\b",
    ),
    keys: ["intelligence", "information with", "data with"],
    weight: 1,
  },
  {
    type: "intelligence",
    id: "intelligence/providing-intelligence",
    phenomenon: "providing intelligence",
    // Phenomenon: intelligence passed, fed, relayed or sent to Ukraine ("keep passing intelligence
    // to Kyiv", "feed Ukraine real intelligence"), as provided; not the services or the people.
    examples: [
      "provide intelligence",
      "offering timely intelligence",
      "provide Ukraine with intelligence",
      "keep passing intelligence to Kyiv",
      "relaying battlefield intelligence",
      "feed Ukraine fresh intelligence",
    ],
    counterExamples: ["artificial intelligence", "passed the intelligence committee", "sent intelligence officers"],
    re: g(
      "\\b(?:provid|offer|giv|suppl|pass|feed|fed|relay|transmit|sen[dt])\\w*\\s+(?:\\w+\\s+){0,3}?intelligence\\b(?![\\s-]+(?:services?|agenc(?:y|ies)|officials?|chiefs?|sources?|community|committee|officers?))",
    ),
    keys: ["intelligence"],
    weight: 0.9,
  },
  {
    type: "intelligence",
    id: "intelligence/surveillance-and-reconnaissance",
    phenomenon: "surveillance and reconnaissance",
    examples: [
      "surveillance",
      "ISR",
      "satellite imagery",
      "reconnaissance flights",
      "battlefield monitoring",
      "fly reconnaissance missions",
      "satellite communication and reconnaissance capabilities",
    ],
    counterExamples: ["satellite television"],
    re: g(
      "\\bsurveillance\\b|\\b(?:battlefield|aerial|radar|satellite) monitoring\\b|\\bISR\\b|\\bsatellite (?:data|imagery|images|intelligence)\\b|\\breconnaissance (?:flights|missions|support|data|aircraft|drones|imagery|capabilit(?:y|ies)|assets)\\b",
    ),
    keys: ["surveillance", "isr", "satellite", "reconnaissance", "monitoring"],
    weight: 0.9,
  },
  // Phenomenon: reconnaissance named as a task on its own ("help with training and in
  // reconnaissance", "contribute reconnaissance"): intelligence, as reconnaissance flights are;
  // not the units that carry the name ("reconnaissance battalion", "reconnaissance troops").
  {
    type: "intelligence",
    id: "intelligence/reconnaissance-as-a-task",
    phenomenon: "reconnaissance named as a task",
    examples: [
      "in the training of Ukrainian forces and in reconnaissance",
      "help Ukraine with reconnaissance",
      "contribute reconnaissance and air policing",
      "offered aerial reconnaissance to the mission",
      "tasks such as reconnaissance.",
    ],
    counterExamples: [
      "deploy reconnaissance units",
      "the reconnaissance battalion returned",
      "with reconnaissance troops",
      "and reconnaissance vehicles",
      "a reconnaissance-strike complex",
    ],
    re: g(
      "\\b(?:in|with|and|or|as|of|for|offer\\w*|contribut\\w*|provid\\w*)\\s+(?:(?:aerial|air|maritime|naval|satellite|long-range)\\s+)?reconnaissance\\b(?![\\s-]+(?:units?|battalions?|troops|soldiers|compan(?:y|ies)|regiments?|platoons?|brigades?|squadrons?|groups?|vehicles?|patrols?|teams?|strike|forces?|officers?|ships?|boats?|(?:flights|missions|support|data|aircraft|drones|imagery|capabilit(?:y|ies)|assets)\\b))|\\bsuch as (?:(?:aerial|air|maritime|naval|satellite|long-range)\\s+)?reconnaissance\\b(?![\\s-]+(?:units?|battalions?|troops|soldiers|vehicles?|strike|forces?))",
    ),
    keys: ["reconnaissance"],
    weight: 0.85,
  },
  // Phenomenon: intelligence named in shorter or plainer words ("intel support", "sharing
  // intel", "early-warning data on missile launches", "targeting data", "real-time imagery",
  // "battlefield information"):
  // what is shared, not the services or a company.
  {
    type: "intelligence",
    id: "intelligence/intel-early-warning-and-targeting-data",
    phenomenon: "intel, early-warning and targeting data",
    examples: [
      "offer intel support",
      "sharing intel with Kyiv",
      "early-warning data on missile launches",
      "early warning information",
      "targeting data",
      "real-time imagery",
      "early warning radar data",
      "share battlefield information",
      "battlefield intelligence",
      "provide airborne early warning",
      "early-warning aircraft",
      "AWACS flights",
      "early warning of Russian missile launches",
    ],
    counterExamples: [
      "Intel chips",
      "intel chief said",
      "early warning of floods",
      "imagery of the coast in a film",
      "battlefield losses",
    ],
    re: g(
      "\\bintel\\b(?![\\s-]+(?:chiefs?|officials?|services?|agenc(?:y|ies)|chips?|corp\\w*|processors?|sources?))|\\bearly[\\s-]warning (?:radar |satellite |missile )?(?:data|information|intelligence|alerts|support)\\b|\\bbattlefield (?:information|data|intelligence|imagery|awareness)\\b|\\bairborne early[\\s-]warning\\b|\\bearly[\\s-]warning\\s+(?:of|on|about)\\s+(?:(?:Russian|incoming|enemy|any|the)\\s+)*(?:missile|drone|air|ballistic)\\w*|\\bearly[\\s-]warning (?:aircraft|planes|flights)\\b|\\bAWACS\\b|\\btargeting (?:data|information|intelligence|support)\\b|\\breal[\\s-]time (?:imagery|intelligence|data)\\b",
    ),
    keys: ["intel", "warning", "targeting", "real", "battlefield", "awacs"],
    weight: 0.9,
  },
  // Phenomenon: satellite imagery named by where it comes from ("access to imagery from its
  // military satellites", "images from our reconnaissance satellites") and a cell set up to pool
  // intelligence ("a joint intelligence cell", "an intelligence fusion cell"): intelligence
  // support. Not a satellite launched or imagery of a film, nor a cell of an intelligence service
  // in a report ("an intelligence cell of the FSB").
  {
    type: "intelligence",
    id: "intelligence/imagery-from-satellites-and-intelligence-cells",
    phenomenon: "imagery from satellites, an intelligence cell",
    examples: [
      "access to imagery from its military satellites",
      "images from our reconnaissance satellites",
      "a joint intelligence cell for the coalition",
      "an intelligence fusion cell",
      "an intelligence-sharing cell",
    ],
    counterExamples: [
      "launched two satellites",
      "imagery from the film",
      "an intelligence cell of the FSB",
      "satellites from SpaceX",
    ],
    re: g(
      "\\b(?:imagery|images|pictures|data)\\s+from\\s+(?:(?:its|their|our|the|his|her)\\s+)?(?:own\\s+)?(?:(?:military|spy|reconnaissance|observation|earth-observation|radar)\\s+)?satellites?\\b|\\bintelligence(?:[\\s-](?:sharing|fusion))?\\s+(?:cells?|hubs?)\\b(?!\\s+of\\s+the\\s+(?:FSB|GRU|SVR|KGB)\\b)",
    ),
    keys: ["satellite", "cell", "hub"],
    weight: 0.9,
  },
];
