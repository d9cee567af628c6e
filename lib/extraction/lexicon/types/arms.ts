/** The commitment lexicon's "arms" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { UKRAINE_NAMED } from "../commitment-context";

/**
 * Phenomenon: jets named as the means of the country's own air mission ("contribute F-16s to air
 * policing over Ukraine", "send Gripen jets to police the sky", "F-16s will not fly over Ukraine",
 * "Rafale jets in the skies over Kyiv") fly that mission; they are no
 * weapons delivered (the mission is `air`).
 */
const JETS_ON_PATROL =
  "(?!\\s+(?:(?:fighter\\s+)?(?:jets?|aircraft|planes)\\s+)?(?:to|for)\\s+(?:(?:help\\s+)?(?:police|patrol|protect|guard|defend|secure|cover)\\b|(?:(?:a|an|the|any)\\s+)?(?:[\\w-]+\\s+)?(?:air[\\s-]policing|air patrols?|air (?:mission|shield)|sky shield)\\b)|\\s+(?:(?:fighter\\s+)?(?:jets?|aircraft|planes)\\s+)?(?:(?:could|would|will|can|might|may|should)\\s+(?:not\\s+|never\\s+)?)?(?:(?:fly|patrol|operate)\\s+)?(?:(?:in|into)\\s+)?(?:the\\s+(?:skies|sky|airspace)\\s+)?(?:over|above)\\s+(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukraine|Ukrainian|Kyiv|Kiev)\\b)";

export const ARMS_PATTERNS: readonly TypePattern[] = [
  // arms: weapons, military aid, a stronger Ukrainian army, defence industry
  {
    type: "arms",
    id: "arms/weapons-and-ammunition",
    phenomenon: "weapons and ammunition",
    examples: ["weapons", "ammunition", "munitions", "weaponry"],
    counterExamples: ["weaponised rhetoric"],
    re: g("\\bweapons?\\b|\\bweaponry\\b|\\bammunition\\b|\\bmunitions\\b"),
    keys: ["weapon", "munition"],
    weight: 1,
  },
  {
    type: "arms",
    id: "arms/arms-deliveries",
    phenomenon: "arms deliveries",
    examples: ["arms deliveries", "arms packages", "arms purchases", "arms procurement"],
    counterExamples: ["arms race"],
    re: g("\\barms (?:deliveries|supplies|shipments|packages?|transfers?|purchases?|procurement)\\b"),
    keys: ["arms"],
    weight: 1,
  },
  {
    type: "arms",
    id: "arms/military-aid-and-equipment",
    phenomenon: "military aid and equipment",
    examples: [
      "military aid",
      "security assistance",
      "defence materials",
      "defense equipment",
      "military-technical assistance",
    ],
    // A "military assistance mission" (the EU's EUMAM) is a mission that trains, named by its
    // name: no weapons given.
    counterExamples: [
      "non-military aid",
      "humanitarian aid",
      "deploy direct military assistance",
      "turn its military assistance mission into",
    ],
    // Assistance deployed in Ukraine is a presence on the ground (troops/deploying-military-assistance).
    re: g(
      "(?<!non-)(?<!\\bdeploy\\w*\\s+(?:[“\\x22‘]?[\\w-]+[”\\x22’]?\\s+){0,3})\\b(?:military|security|defen[cs]e)(?:-technical)? (?:and [\\w-]+ )?(?:aid|assistance|equipment|supplies|packages?|materials?|materiel|hardware)\\b(?!\\s+(?:mission|missions)\\b)",
    ),
    keys: ["aid", "assistance", "equipment", "supplies", "package", "material", "hardware"],
    weight: 1,
  },
  {
    type: "arms",
    id: "arms/support-for-ukraines-defence",
    phenomenon: "support for Ukraine's defence",
    examples: [
      "support for Kyiv's defence",
      "assistance for Ukraine's armed forces",
      "support for the defence of Ukraine",
      "support Ukraine's armed forces",
      "assistance to Ukraine’s military",
      "help Ukraine defend itself",
    ],
    counterExamples: ["support for Kyiv's reconstruction", "support Ukraine's economy", "aid to Russia's army"],
    re: g(
      "\\b(?:support(?:ing)?|assistance|assist(?:ing)?|aid(?:ing)?|help(?:ing)?|back(?:ing)?)\\s+(?:(?:for|to)\\s+)?(?:the\\s+)?(?:Kyiv|Kiev|Ukraine)['’]s\\s+(?:self-)?(?:defen[cs]es?|armed forces|army|military)\\b|\\b(?:support|assistance|aid|help)\\s+(?:for|to|with)\\s+(?:the\\s+)?(?:self-)?defen[cs]e of (?:Ukraine|Kyiv|Kiev)\\b|\\bhelp(?:s|ed|ing)?\\s+(?:Ukraine|Kyiv|Kiev|Ukrainians)\\s+(?:to\\s+)?defend (?:itself|themselves)\\b",
    ),
    keys: ["support", "assist", "aid", "help", "back"],
    weight: 0.9,
  },
  {
    type: "arms",
    id: "arms/military-support",
    phenomenon: "military support, also shared with another kind ('military and intelligence support')",
    examples: ["military support", "military and intelligence support"],
    counterExamples: ["non-military support", "military and political leaders"],
    re: g("(?<!non-)\\bmilitary (?:and [\\w-]+ )?support\\b"),
    keys: ["support"],
    weight: 0.8,
  },
  {
    type: "arms",
    id: "arms/named-weapon-systems",
    phenomenon: "named weapon systems",
    examples: [
      "air defence systems",
      "air-defence deliveries",
      "Patriots",
      "F-16s",
      "Mirage jets",
      "Gripen fighter jets",
      "artillery",
      "the development of naval drones",
      "supply attack drones",
      "anti-aircraft systems",
      "interceptor drones for the Ukrainian army",
      "buy drones",
      "drone production for Ukraine",
      "supply Ukraine with more howitzers",
      "supply more than 5,000 lightweight multirole missiles",
      "deliver missiles",
      "Kyiv's request for cruise missiles",
    ],
    counterExamples: [
      "deploy Gripen jets",
      "send Gripen jets to police the sky",
      "contribute F-16s to patrol the skies over Ukraine",
      "F-16 jets to help police Ukrainian airspace",
      "tank top",
      "an F-16 training centre",
      "F-16 pilots",
      "contribute F-16s to air policing",
      "offered F-16s to help patrol the skies",
      "Rafale jets for the air shield",
      "Rafale jets could fly over western Ukraine",
      "Rafale jets in the skies over western Ukraine",
      "F-16s will not fly over Ukraine",
      "F-16s will patrol the skies over Ukraine",
      "drones attacked the city",
      "anti-aircraft fire",
      "build drones for its own army",
      "drone production at home",
      "missiles struck the city",
    ],
    re: g(
      `\\bair[\\s-]defen[cs]e (?:systems?|batteries|missiles|interceptors|deliveries|supplies|equipment|launchers|radars?|components|packages?|ammunition)\\b|\\banti-?aircraft (?:systems?|missiles?|guns?|batteries|weapons)\\b|\\bPatriots?\\b|\\bF-16s?\\b(?!\\s+(?:training|pilots?|instructors?)\\b)${JETS_ON_PATROL}|(?<!\\b(?:deploy|deploys|deployed|deploying|station|stations|stationed|stationing|fly|flying|flown)\\s+(?:\\w+\\s+)?)\\b(?:Mirage(?:\\s+2000)?|Gripen|Rafale)s?\\s+(?:fighter\\s+)?(?:jets?|aircraft|planes)\\b${JETS_ON_PATROL}|\\btanks\\b|\\bartillery\\b|\\bdrones? for (?:the )?(?:Ukrain\\w*|Kyiv|Kiev)\\b|\\b(?:suppl|provid|deliver|send|produc|develop|build|manufactur|giv|donat|financ|fund|buy|purchas|procur|ship|transfer|request|ask)\\w*\\s+(?:of\\s+)?(?:(?:\\d[\\d,.]*\\d|[\\w-]+)\\s+){0,5}?(?:drones|missiles|rockets|shells|howitzers|interceptors|armou?red vehicles)\\b(?!\\s+for\\s+(?:its|their|our)\\s+own\\b)|\\bdrone (?:production|manufacturing|deliveries|supplies|shipments|packages?) (?:for|in|with) (?:Ukrain\\w*|Kyiv|Kiev)\\b|\\bdrone coalition\\b`,
    ),
    keys: [
      "mirage",
      "gripen",
      "rafale",
      "air",
      "patriot",
      "f-16",
      "tanks",
      "artiller",
      "drone",
      "missile",
      "rocket",
      "shell",
      "howitzer",
      "interceptor",
      "vehicle",
    ],
    weight: 0.8,
  },
  // Phenomenon: a weapon system named by its kind ("armoured personnel carriers", "infantry
  // fighting vehicles", "mortar rounds", "electronic warfare equipment", "anti-drone systems",
  // "rocket launchers"): what only arms are, whatever verb gives them.
  {
    type: "arms",
    id: "arms/weapon-systems-named-by-kind",
    phenomenon: "a weapon system named by its kind",
    examples: [
      "armoured personnel carriers",
      "armored vehicles",
      "infantry fighting vehicles",
      "mortar rounds",
      "155mm artillery shells",
      "electronic warfare equipment",
      "electronic-warfare systems",
      "anti-drone systems",
      "counter-drone technology",
      "anti-tank weapons",
      "multiple rocket launchers",
    ],
    counterExamples: [
      "aircraft carriers",
      "rounds of talks",
      "electronic equipment",
      "anti-drone measures at airports",
    ],
    re: g(
      "\\barmou?red (?:personnel carriers|vehicles|cars)\\b|\\b(?:infantry fighting|combat|armou?red combat) vehicles\\b|\\b(?:mortar|artillery|tank|howitzer|155-?mm|152-?mm|120-?mm) (?:(?:artillery|mortar) )?(?:rounds|shells|ammunition|bombs)\\b|\\belectronic[\\s-]warfare (?:systems?|equipment|capabilit(?:y|ies)|kits?|devices|assets)\\b|\\b(?:anti|counter)[\\s-]?(?:drone|tank|ship|armou?r|battery) (?:systems?|weapons?|missiles?|guns?|mines|launchers?|technolog(?:y|ies)|equipment)\\b|\\b(?:multiple[\\s-])?(?:rocket|missile|grenade) launchers?\\b",
    ),
    keys: ["armo", "vehicles", "rounds", "shells", "ammunition", "bombs", "electronic", "anti", "counter", "launcher"],
    weight: 0.9,
  },
  // Phenomenon: a weapon system named by its model or abbreviation ("HIMARS and MLRS
  // launchers", "IADS components", "NASAMS", "APCs", "Leopard tanks", "Storm Shadow missiles"):
  // case-sensitive, so ordinary words ("iads", "leopard" in prose) are not read.
  {
    type: "arms",
    id: "arms/weapon-systems-named-by-model",
    phenomenon: "a weapon system named by its model or abbreviation",
    examples: [
      "HIMARS and MLRS launchers",
      "IADS components",
      "two NASAMS batteries",
      "more APCs",
      "Leopard 2 tanks",
      "Storm Shadow missiles",
      "IRIS-T",
      "SAMP/T",
      "ATACMS",
      "Javelins and NLAWs",
      "Leopards",
      "Abrams tanks",
    ],
    counterExamples: ["a leopard in the zoo", "the apc of the meeting", "Taurus the constellation"],
    re: new RegExp(
      "\\b(?:G?MLRS|HIMARS|ATACMS|IADS|NASAMS|MANPADS|APCs?|IFVs?|NLAWs?|IRIS-T(?:\\s?SLM)?|SAMP/T|CV90s?|Javelins?|Stingers?|Gepards?|Marders?|Strykers?|Taurus missiles?|Storm Shadows?|SCALPs?|Leopard(?:s|\\s+[12]\\w*|(?=\\s+tanks?\\b))|Abrams(?=\\s+tanks?\\b))\\b",
      "g",
    ),
    keys: [
      "mlrs",
      "himars",
      "atacms",
      "iads",
      "nasams",
      "manpads",
      "apc",
      "ifv",
      "nlaw",
      "iris-t",
      "samp/t",
      "cv90",
      "javelin",
      "stinger",
      "gepard",
      "marder",
      "stryker",
      "taurus",
      "storm shadow",
      "scalp",
      "leopard",
      "abrams",
    ],
    weight: 0.9,
  },
  // Phenomenon: Ukraine's own air defence, strengthened or paid for by others ("help Ukraine
  // strengthen its air defences", "bolster Ukraine's air defence", "300 million euros for air
  // defence"): systems and money for Ukraine's forces, arms (labelling convention: air is air
  // policing by the country's own means). Not air defence over Ukraine ("jets for air defence
  // over Ukraine", air).
  {
    type: "arms",
    id: "arms/ukraines-air-defence",
    phenomenon: "Ukraine's own air defence, strengthened or paid for by others",
    examples: [
      "help Ukraine strengthen its air defences",
      "bolster Ukraine's air defence",
      "reinforce Ukrainian air defences",
      "300 million euros for air defence",
    ],
    counterExamples: [
      "jets for air defence over Ukraine",
      "Ukraine's air defence shot down 40 drones",
      "Poland will strengthen its air defences",
    ],
    re: g(
      "\\b(?:strengthen|bolster|boost|reinforc|improv|expand|support|build(?:ing)? up)\\w*\\s+(?:(?:Ukraine|Kyiv|Kiev)['’]s|Ukrainian)\\s+air[\\s-]defen[cs]es?\\b|\\bhelp\\w*\\s+(?:Ukraine|Kyiv|Kiev|the Ukrainians)\\s+(?:to\\s+)?(?:strengthen|bolster|boost|reinforce|improve|expand|build up)\\s+(?:its|their)\\s+air[\\s-]defen[cs]es?\\b|\\bfor\\s+air[\\s-]defen[cs]es?\\b(?!\\s+(?:over|above|of|in)\\b)",
    ),
    keys: ["air"],
    weight: 0.9,
    requires: UKRAINE_NAMED.re,
  },
  {
    type: "arms",
    id: "arms/arming-ukraine",
    phenomenon: "the verb for the type: arming Ukraine ('efforts to arm or train Ukraine', 'will keep arming Kyiv')",
    examples: ["efforts to arm or train Ukraine", "will keep arming Kyiv", "refuses to arm Ukrainians"],
    counterExamples: ["to arm itself", "re-arm their own forces", "arm in arm", "arming Europe"],
    re: g(
      "\\bto arm\\b(?!\\s+(?:itself|themselves|ourselves|its|their|our|Europe|Russia)\\b)(?!\\s+in\\s+arm)|\\barm(?:s|ed|ing)?\\s+(?:Ukraine|Kyiv|Kiev|Ukrainians|the Ukrainians)\\b",
    ),
    keys: ["arm"],
    weight: 0.8,
  },
  {
    type: "arms",
    id: "arms/non-lethal-military-equipment",
    phenomenon: "non-lethal military equipment",
    examples: ["non-lethal equipment", "nonlethal aid"],
    counterExamples: ["non-lethal weapons research"],
    re: g("\\bnon-?lethal (?:equipment|aid|assistance|supplies)\\b"),
    keys: ["lethal"],
    weight: 0.8,
  },
  {
    type: "arms",
    id: "arms/lethal-aid",
    phenomenon: "lethal aid",
    examples: ["lethal aid", "lethal weapons"],
    counterExamples: ["non-lethal aid"],
    re: g("(?<!non-)\\blethal (?:aid|weapons)\\b"),
    keys: ["lethal"],
    weight: 1,
  },
  // Phenomenon: a capability coalition, named by what it builds for Ukraine's forces ("will join
  // the drone coalition", "the naval coalition", "the coalition of fighter jets"): taking part in
  // it is arms for Ukraine, not a presence of the country's own (and not the coalition of the
  // willing, troops/joining-the-coalition-of-the-willing).
  {
    type: "arms",
    id: "arms/joining-a-capability-coalition",
    phenomenon: "taking part in a capability coalition for Ukraine's forces",
    examples: [
      "will join the drone coalition",
      "joins the Norway-led Naval Coalition",
      "contribute to the coalition of armoured vehicles",
    ],
    // Phenomenon: a naval or maritime coalition whose purpose is the sea itself ("joining a
    // maritime coalition to keep Black Sea shipping lanes open") is a naval presence
    // (maritime), not a capability coalition that builds Ukraine's navy.
    counterExamples: [
      "join the coalition of the willing",
      "the naval blockade",
      "joined the coalition",
      "joining a maritime coalition to keep shipping lanes open",
      "join a naval coalition that would escort grain ships",
    ],
    re: g(
      "\\b(?:join\\w*|contribut\\w*\\s+to|participat\\w*\\s+in|(?:take|takes|taking|took)\\s+part\\s+in|part\\s+of|(?:co-)?lead\\w*)\\s+(?:the\\s+|a\\s+|this\\s+)?(?:[\\w-]+-led\\s+)?(?:(?:naval|maritime)\\s+(?:capability\\s+)?coalition(?!\\s+(?:to|that|which)\\s+(?:(?:will|would)\\s+)?(?:keep|protect|secur|escort|patrol|guard|clear|safeguard)\\w*)|(?:drone|aviation|air[\\s-]force|IT|demining|de-mining|armou?red[\\s-]vehicles?|artillery|air[\\s-]defen[cs]e|fighter[\\s-]jets?|F-16|long-range[\\s-]strike|tank|electronic[\\s-]warfare)\\s+(?:capability\\s+)?coalition|capability\\s+coalition|coalition\\s+(?:of|for)\\s+(?:the\\s+)?(?:drones|fighter[\\s-]jets|air[\\s-]force\\s+capabilit\\w+|armou?red[\\s-]vehicles|artillery|demining|air[\\s-]defen[cs]e|tanks))\\b",
    ),
    keys: ["coalition"],
    weight: 0.9,
  },
  {
    type: "arms",
    id: "arms/strengthening-ukraines-army",
    phenomenon: "strengthening Ukraine's army",
    examples: [
      "strengthening of the Ukrainian armed forces",
      "rebuild its army",
      "modernise Ukraine's military",
      "rebuilding Ukraine’s armed forces",
      "the strengthening of the Armed Forces of Ukraine",
      "train and equip two Ukrainian brigades",
      "help Ukraine rebuild its navy",
      "strengthen Ukraine's navy",
    ],
    counterExamples: ["strengthen NATO", "strengthen the armed forces of Poland", "strengthen its navy"],
    re: g(
      "\\b(?:strengthen|restor|rebuild|build(?:ing)? up|moderni[sz]|equip|re-?arm|develop)\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|new|additional|further)\\s+)?(?:(?:Ukrainian|Ukraine['’]s|its|their)\\s+(?:armed forces|army|military|defen[cs]e forces|brigades?)|(?:armed forces|army|military) of Ukraine)\\b|\\b(?:rebuild|restor|re-?arm|build(?:ing)? up)\\w*\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s|its|their)\\s+(?:navy|naval forces|air force)\\b|\\b(?:strengthen|moderni[sz])\\w*\\s+(?:the\\s+)?(?:Ukrainian|Ukraine['’]s)\\s+(?:navy|naval forces)\\b",
    ),
    keys: ["forces", "army", "military", "brigade", "navy"],
    weight: 1,
  },
  {
    type: "arms",
    id: "arms/a-strong-ukrainian-army",
    phenomenon: "a strong Ukrainian army",
    examples: ["a strong army", "capable Ukrainian armed forces"],
    counterExamples: ["a strong economy"],
    re: g("\\b(?:strong|stronger|capable|robust|powerful)\\s+(?:Ukrainian\\s+)?(?:armed forces|army|military)\\b"),
    keys: ["forces", "army", "military"],
    weight: 0.7,
  },
  // Defence industry counts only when it is Ukraine's or with Ukraine, not a country's own rearmament.
  {
    type: "arms",
    id: "arms/defence-industry-with-ukraine",
    phenomenon: "defence industry with Ukraine",
    examples: ["defence industry", "defense production", "co-production of drones"],
    counterExamples: ["film production"],
    re: g(
      "\\bdefen[cs]e[\\s-](?:production|industr\\w*|co-?production)\\b|\\bco-?production of (?:weapons|drones|arms)\\b",
    ),
    keys: ["production", "industr"],
    weight: 1,
    requires: UKRAINE_NAMED.re,
  },
  {
    type: "arms",
    id: "arms/contributing-militarily",
    phenomenon: "contributing militarily",
    examples: ["contributing militarily", "help Kyiv militarily", "help not only with military means"],
    counterExamples: ["militarily neutral", "by military means alone the war cannot end"],
    re: g("\\b(?:contribut|support|help|assist)\\w*(?:[^.;]{0,40}?)\\b(?:militarily\\b|with military means\\b)"),
    keys: ["militarily", "military means"],
    weight: 1,
  },
];
