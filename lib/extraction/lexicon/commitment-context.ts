/**
 * What a sentence must (or must not) hold for some commitment phrases to count at all: the
 * `requires` and `unless` of the type patterns, each registered with sentences that show it.
 */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

/** Defence industry and money count only for Ukraine, so the sentence must name it. */
export const UKRAINE_NAMED: RegisteredPattern = {
  id: "commitment-context/ukraine-named",
  // Phenomenon: in an article on a security agreement, "the agreement" is the one with Ukraine
  // ("The agreement covered cooperation between arms industries"): it names Ukraine's side.
  phenomenon: "a sentence that names Ukraine or its capital, or the security agreement with it",
  re: g(
    "Ukrain|Kyiv|Kiev|\\b(?:the|this|that)\\s+(?:(?:new|bilateral|security|signed|ten-year|10-year|long-term)\\s+)*(?:agreement|pact|accord|memorandum)\\b",
  ),
  examples: [
    "Sweden will give 2 billion euros to Ukraine.",
    "Funds for Kyiv were agreed.",
    "Ukrainian industry",
    "The agreement covered cooperation between arms industries.",
  ],
  counterExamples: ["Sweden will raise its defence budget by 2 billion euros.", "a trade agreement with Chile"],
};

/** Demining is maritime only at sea. */
export const AT_SEA: RegisteredPattern = {
  id: "commitment-context/at-sea",
  phenomenon: "a sentence about the sea, its ports or a navy",
  re: g("\\b(?:sea|naval|maritime|ports?|shipping|waters|navy|ships?|vessels?|boats?)\\b"),
  examples: ["Turkey will help with demining in the Black Sea.", "demining the ports of Odesa", "a mine-clearing ship"],
  counterExamples: ["Demining the fields near Kharkiv will take years.", "a seasonal plan"],
};

/** A force named by who leads it is tried only where something is "-led" at all. */
export const LED_BY_SOMEONE: RegisteredPattern = {
  id: "commitment-context/led-by-someone",
  phenomenon: "a sentence where something is led by someone",
  re: /led\b/,
  examples: ["a UN-led mission", "a force led by France"],
  counterExamples: ["the leader of the mission", "a ledger"],
};

/**
 * Joining the coalition of the willing names no commitment of its own; joined once the
 * fighting stops ("will join the coalition once a ceasefire is signed"), it is joining the
 * force that deploys then.
 */
export const AFTER_THE_FIGHTING: RegisteredPattern = {
  id: "commitment-context/after-the-fighting",
  phenomenon: "a sentence that places a step after a ceasefire or peace deal",
  re: g(
    "\\b(?:once|after|when|if|following|as soon as|in the event of)\\s+(?:(?:a|the|any|an eventual)\\s+)?(?:(?:lasting|durable|possible|future)\\s+)?(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|settlement)|armistice|(?:the )?(?:war|fighting|hostilities) (?:ends|is over|stops|have ended|has ended)|end of (?:the )?(?:war|fighting|hostilities))\\b",
  ),
  examples: [
    "Portugal will join the coalition once a ceasefire is signed.",
    "after a peace deal",
    "following the end of hostilities",
    "when the fighting stops",
  ],
  counterExamples: ["send two helicopters for ceasefire monitoring", "the peace talks in Geneva"],
};

/** A country financing its own army is no commitment to Ukraine. */
export const OWN_BUDGET: RegisteredPattern = {
  id: "commitment-context/own-budget",
  phenomenon: "a sentence about a country's own army or budget",
  // Ukraine's defence budget is the recipient's, not the donor's own ("help finance Ukraine's
  // defence budget").
  re: g(
    "\\b(?:its|their|our) own\\b|\\brearm\\w*|(?<!\\b(?:Ukraine|Kyiv|Kiev)['’]s )(?<!\\bUkrainian )\\bdefen[cs]e (?:budget|spending)\\b|\\bdomestic\\b",
  ),
  examples: ["Poland will finance its own army.", "financing the rearmament", "higher defence spending"],
  counterExamples: ["Poland will finance drones for Ukraine.", "help finance Ukraine's defence budget"],
};

/**
 * Money for a civilian purpose (relief, refugees, rebuilding, energy) is no money for Ukraine's
 * security, unless the sentence also names a military or security use for it.
 */
export const CIVILIAN_MONEY: RegisteredPattern = {
  id: "commitment-context/civilian-money",
  phenomenon:
    "a sentence whose money goes to relief, refugees, rebuilding, energy, generators, schools or medicines, and to nothing military",
  re: g(
    "^(?![\\s\\S]*\\b(?:milit\\w*|defen[cs]e|weapons?|arms|armed|army|security|ammunition|drones?|missiles?|shells)\\b)[\\s\\S]*\\b(?:humanitarian|reconstruct\\w*|rebuild\\w*|refugees?|recovery|energy|power grid|heating|generators?|schools?|medicines?)\\b",
  ),
  examples: [
    "Austria will give 40 million euros to rebuild schools in Ukraine.",
    "Ireland will pay for the purchase of generators for Ukrainian schools.",
    "Ireland announced 20 million euros in humanitarian aid for Ukraine.",
    "a loan for the reconstruction of Ukraine's power grid",
  ],
  counterExamples: [
    "Austria will give 40 million euros to Ukraine's armed forces.",
    "20 million euros for humanitarian aid and 50 million euros for air-defence missiles",
    "a loan to rebuild Ukraine's defence industry",
  ],
};

/** Financing counts for neither a country's own army nor Ukraine's civilian needs alone. */
export const OWN_OR_CIVILIAN_MONEY: RegisteredPattern = {
  id: "commitment-context/own-or-civilian-money",
  phenomenon: "a sentence about a country's own army or budget, or money for Ukraine's civilian needs only",
  re: g(`(?:${OWN_BUDGET.re.source})|(?:${CIVILIAN_MONEY.re.source})`),
  examples: ["Poland will finance its own army.", "Italy will finance the reconstruction of Kharkiv."],
  counterExamples: ["Poland will finance drones for Ukraine.", "help finance Ukraine's defence budget"],
};

/**
 * A force joined with aircraft or ships ("contribute to a security force with its early-warning
 * aircraft and naval units", "contribute two frigates to a reassurance force"): the means named
 * are the contribution (air, maritime, intelligence), so the force names no troops of its own;
 * soldiers named beside them are still read by their own word.
 */
export const FORCE_JOINED_WITH_CRAFT: RegisteredPattern = {
  id: "commitment-context/force-joined-with-craft",
  phenomenon: "a force or mission joined with aircraft or ships as the contribution",
  re: g(
    "\\b(?:contribut\\w*|join\\w*|participat\\w*|(?:take|takes|taking|took) part)\\b[^.;]{0,80}?\\bforces?\\b[^.;]{0,40}?\\bwith\\s+(?:[\\w-]+\\s+){0,5}?(?:aircraft|jets?|planes?|fighters?|warships?|frigates?|ships?|vessels?|naval units|navy|minehunters?|minesweepers?|corvettes?|submarines?|AWACS)\\b|\\bcontribut\\w*\\s+(?:[\\w-]+\\s+){0,5}?(?:aircraft|jets?|planes?|fighters?|warships?|frigates?|ships?|vessels?|naval units|minehunters?|minesweepers?|corvettes?|submarines?)\\s+(?:to|for)\\s+(?:an?|the|any|such an?)\\s+(?:[\\w-]+\\s+){0,5}?(?:forces?|mission)\\b",
  ),
  // Phenomenon: a ship or jets given to a part of the force ("a frigate to the naval component
  // of the reassurance force"), a few words further from the force noun.
  examples: [
    "Italy will contribute a frigate to the naval component of the reassurance force.",
    "Sweden is prepared to contribute to a future security force for Ukraine with its airborne early warning aircraft and naval units.",
    "Norway will contribute two frigates to a reassurance force in Ukraine.",
    "Spain will join the force with a frigate and two patrol aircraft.",
  ],
  counterExamples: [
    "Denmark will contribute soldiers to the multinational force for Ukraine.",
    "Finland will contribute to the force for Ukraine.",
    "Italy will join the force, and its ships will escort grain convoys.",
  ],
};

/**
 * Phenomenon: ships that are not for Ukraine's waters. Ships that rebuild or strengthen Ukraine's
 * own navy ("help rebuild Ukraine's navy with two new corvettes") are arms, not a naval role
 * (labelling conventions: maritime is the country's own presence); ships at work in a sea far
 * from Ukraine ("minehunters clearing old mines in the North Sea"), where the sentence names
 * neither the Black Sea nor Ukraine's coast or ports, are no guarantee at all.
 */
export const SHIPS_NOT_FOR_UKRAINES_WATERS: RegisteredPattern = {
  id: "commitment-context/ships-not-for-ukraines-waters",
  phenomenon: "ships that rebuild Ukraine's navy, or ships at work in a sea far from Ukraine",
  re: g(
    "\\b(?:rebuild|restor|re-?arm|build(?:ing|s)?\\s+up|strengthen|moderni[sz])\\w*\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s)\\s+(?:navy|naval\\s+forces|fleet)\\b|^(?![\\s\\S]*\\b(?:Black\\s+Sea|Azov|Odesa|Odessa|Mykolaiv|Danube|Ukrain\\w*|Kyiv|Kiev|grain)\\b)[\\s\\S]*?\\b(?:North\\s+Sea|Red\\s+Sea|Irish\\s+Sea|Norwegian\\s+Sea|Arctic|Mediterranean|Atlantic|Pacific|South\\s+China\\s+Sea|English\\s+Channel|Persian\\s+Gulf|Gulf\\s+of\\s+Aden)\\b",
  ),
  examples: [
    "Britain will help rebuild Ukraine's navy with two new corvettes.",
    "Sweden is strengthening the Ukrainian navy with patrol boats.",
    "Belgian minehunters will keep clearing old mines in the North Sea this year.",
    "Spain will send a frigate to the Red Sea.",
  ],
  counterExamples: [
    "Britain will send two minehunters to the Black Sea.",
    "Italy will move a frigate from the Mediterranean to the Black Sea.",
    "Norway will help clear mines off Odesa with ships based in the North Sea.",
    "Turkey will help Ukraine's navy escort grain ships.",
  ],
};

export const REGISTERED_COMMITMENT_CONTEXT: readonly RegisteredPattern[] = [
  UKRAINE_NAMED,
  AT_SEA,
  LED_BY_SOMEONE,
  AFTER_THE_FIGHTING,
  OWN_BUDGET,
  CIVILIAN_MONEY,
  OWN_OR_CIVILIAN_MONEY,
  FORCE_JOINED_WITH_CRAFT,
  SHIPS_NOT_FOR_UKRAINES_WATERS,
];
