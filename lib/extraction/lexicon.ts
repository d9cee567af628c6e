/**
 * The cue lexicon: which phrases signal a commitment type, a stance, a condition or a
 * reporting frame. The rule stages read sentences with it; what they read becomes named
 * features of the candidates, which the learned decision (model.ts) weighs, so an editor still
 * sees the exact words behind a proposal. Every pattern is compiled once.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";

export interface TypePattern {
  type: CommitmentType;
  /** The phenomenon the pattern stands for, shown to editors and in test names. */
  phenomenon: string;
  re: RegExp;
  /** Phrases the pattern must match (checked by lexicon.test.ts). */
  examples: readonly string[];
  /** Phrases it must not match. */
  counterExamples: readonly string[];
  /** Lower-case substrings of which one must occur for the pattern to be tried at all. */
  keys: readonly string[];
  /** 1 for a phrase that names the type outright, lower for a vaguer one. */
  weight: number;
  /** Only counts when this also matches somewhere in the sentence. */
  requires?: RegExp;
  /** Does not count when this matches somewhere in the sentence. */
  unless?: RegExp;
}

// Without the u flag V8 scans ASCII patterns much faster; only \p{} classes need it.
const g = (source: string) => new RegExp(source, /\\p\{/.test(source) ? "giu" : "gi");

const TROOP_NOUN =
  "(?:troops?|soldiers|servicem[ae]n|military personnel|boots on the ground|peace-?keepers|contingents?)";

export const TYPE_PATTERNS: readonly TypePattern[] = [
  // troops: own personnel on Ukrainian soil, however it is worded
  {
    type: "troops",
    phenomenon: "troop nouns",
    examples: ["boots on the ground", "send peace-keepers", "a contingent of 200", "British soldiers"],
    counterExamples: ["a peace deal", "a troupe of dancers"],
    re: g(`\\b${TROOP_NOUN}\\b`),
    keys: ["troop", "soldier", "servicem", "personnel", "boots", "peace", "contingent"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "a country's own forces put at the mission's disposal",
    examples: ["ready to provide their forces", "will contribute its own forces", "send our forces"],
    counterExamples: ["provide their forces with ammunition", "train their forces"],
    re: g(
      "\\b(?:provid|contribut|send|sent|deploy|commit|offer|put)\\w*\\s+(?:their|its|our|his|her)\\s+(?:own\\s+)?forces\\b(?!\\s+with\\b)",
    ),
    keys: ["forces"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "a peacekeeping force or mission",
    examples: ["a peacekeeping mission", "peacekeeping forces", "peacekeeping activities", "peacekeeping arrangements"],
    counterExamples: ["peacekeeping talks"],
    re: g(
      "\\bpeace-?keeping (?:troops|forces?|mission|contingent|force|operations?|activit(?:y|ies)|arrangements?|role|duties|efforts?)s?\\b",
    ),
    keys: ["peace"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "a named multinational force",
    examples: ["a reassurance force", "a multinational force", "European forces"],
    counterExamples: ["air forces", "the force of the argument"],
    re: g("\\b(?:reassurance|multinational|stabili[sz]ation|security|ground|international|European|peace) forces?\\b"),
    keys: ["force"],
    weight: 1,
  },
  // Phenomenon: taking part in a force named by its article alone ("contribute to a force in
  // Ukraine", "take part in the future force"): a contribution of troops. Not "join forces with",
  // an air force, a task force or "the force of the argument".
  {
    type: "troops",
    phenomenon: "taking part in a force or mission",
    examples: [
      "contribute to a force in Ukraine",
      "take part in the future force",
      "join any such force",
      "be part of a force",
      "joining a future mission",
    ],
    counterExamples: [
      "join forces with industry",
      "contribute to the air force",
      "part of a task force on drones",
      "part of the force of the argument",
      "join the EU training mission",
      "take part in a trade mission",
    ],
    re: g(
      "\\b(?:contribut\\w*\\s+to|join\\w*|participat\\w*\\s+in|(?:take|takes|taking|took)\\s+part\\s+in|part\\s+of)\\s+(?:an?|the|any|such an?|this|that)\\s+(?:(?!(?:air|naval|task|police|labou?r|work|driving|EU|training|monitoring|observer|trade|fact-finding|diplomatic|rescue|space|humanitarian|civilian|advisory|medical)\\b)[\\w-]+\\s+){0,2}?(?:force|mission)\\b(?!\\s+(?:of|for good|to)\\b)",
    ),
    keys: ["force", "mission"],
    weight: 0.9,
  },
  // Phenomenon: a force or mission named by who leads it ("a UN-led mission", "a European-led
  // force", "a British-led operation"): a deployment on the ground.
  {
    type: "troops",
    phenomenon: "a force or mission named by its lead",
    examples: ["a UN-led mission", "a European-led force", "the British-led operation", "a coalition-led contingent"],
    counterExamples: ["a UN-led inquiry", "a US-led mission to Mars"],
    re: g(
      "\\b(?:UN|U\\.N\\.|United Nations|European|EU|NATO|coalition|multinational|Franco-British|British|French|UK|U\\.K\\.)[\\s-]led (?:force|mission|operation|contingent)s?\\b",
    ),
    keys: ["force", "mission", "operation", "contingent"],
    weight: 0.8,
    // Tried only where something is "-led" at all.
    requires: /led\b/,
  },
  {
    type: "troops",
    phenomenon: "a military presence",
    examples: [
      "a military presence",
      "military forces on the ground",
      "any NATO presence",
      "a Western military presence",
    ],
    counterExamples: ["a military parade", "a NATO summit"],
    re: g(
      "\\bmilitary (?:forces? on the ground|presence|contingent|mission in Ukraine)\\b|\\b(?:NATO|Western|foreign|allied|European) (?:military |troop )?presence\\b",
    ),
    keys: ["military", "presence"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "a security or stabilisation mission",
    examples: ["a security mission", "a stabilisation operation"],
    counterExamples: ["a rescue mission"],
    re: g(
      "\\b(?:security|military|stabili[sz]ation|reassurance|multinational|peace(?:keeping)?) (?:mission|operation)\\b",
    ),
    keys: ["mission", "operation"],
    weight: 0.8,
  },
  {
    type: "troops",
    phenomenon: "the presence of troops",
    examples: ["the presence of foreign troops", "presence of forces"],
    counterExamples: ["the presence of mind"],
    re: g("\\bpresence of (?:\\w+ )?(?:troops|forces|soldiers)\\b"),
    keys: ["presence"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "deploying units or personnel",
    examples: ["deploying forces", "send two battalions", "dispatching Self-Defense Forces personnel", "send a unit"],
    counterExamples: ["send armed forces a letter", "deploy resources"],
    re: g(
      "\\b(?:deploy|send|station|put|dispatch)\\w*\\s+(?:(?!armed)[\\w-]+\\s+){0,3}?(?:forces|personnel|units?|battalions?|brigades?|compan(?:y|ies)|contingents?)\\b",
    ),
    keys: ["forces", "personnel", "unit", "battalion", "brigade", "compan", "contingent"],
    weight: 1,
  },
  // a unit named by its arm: "an infantry company", "a combat battalion", "a mechanised brigade"
  {
    type: "troops",
    phenomenon: "a combat unit",
    examples: ["an infantry company", "a combat battalion", "a mechanised brigade", "an engineer platoon"],
    counterExamples: ["a French company", "a battalion commander's memoirs were published"],
    re: g(
      "\\b(?:infantry|combat|mechani[sz]ed|armou?red|airborne|paratroop|marine|engineer(?:ing)?|logistics|rapid reaction) (?:units?|battalions?|brigades?|compan(?:y|ies)|platoons?|regiments?|battle ?groups?)\\b(?! (?:commander|memoirs))",
    ),
    keys: ["unit", "battalion", "brigade", "compan", "platoon", "regiment", "battle"],
    weight: 1,
  },
  {
    type: "troops",
    phenomenon: "presence on Ukrainian soil",
    examples: ["operate on Ukrainian territory", "be present on Ukraine's soil"],
    counterExamples: ["operate on Polish territory"],
    re: g("\\b(?:operat\\w+|be present|presence) on (?:the )?(?:Ukrainian|Ukraine's) (?:territory|soil)\\b"),
    keys: ["territory", "soil"],
    weight: 0.8,
  },
  {
    type: "troops",
    phenomenon: "a deployment (vague)",
    examples: ["the deployment", "deploying"],
    counterExamples: ["deployable"],
    re: g("\\b(?:deployment|deploying)\\b"),
    keys: ["deploy"],
    weight: 0.5,
  },
  // monitoring: a ceasefire monitoring or verification role
  {
    type: "monitoring",
    phenomenon: "monitoring",
    examples: ["monitor the ceasefire", "ceasefire monitoring"],
    counterExamples: ["monitor the situation", "monitoring closely", "aerial battlefield monitoring"],
    re: g(
      "(?<!battlefield |aerial |radar |satellite |air |airspace )\\bmonitor(?:ing|ed|s)?\\b(?! the situation| closely| developments| of the battlefield)",
    ),
    keys: ["monitor"],
    weight: 1,
  },
  {
    type: "monitoring",
    phenomenon: "verification",
    examples: ["verification", "verify the truce"],
    counterExamples: ["verifiable"],
    re: g("\\bverif(?:y|ying|ication)\\b"),
    keys: ["verif"],
    weight: 0.8,
  },
  {
    type: "monitoring",
    phenomenon: "observers",
    examples: ["observer mission", "observers"],
    counterExamples: ["an observer of the talks said"],
    re: g("\\bobserver(?:s| mission)\\b"),
    keys: ["observer"],
    weight: 0.8,
  },
  {
    type: "monitoring",
    phenomenon: "controlling a line or border",
    examples: ["control the Russian-Ukrainian border", "patrol the contact line", "secure the buffer zone"],
    counterExamples: ["cross the border"],
    re: g(
      "\\b(?:control|patrol|police|guard|secur)\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:border|contact line|line of contact|demarcation line|buffer zone)\\b",
    ),
    keys: ["border", "contact", "demarcation", "buffer"],
    weight: 0.9,
  },
  {
    type: "monitoring",
    phenomenon: "tracking violations",
    examples: ["track violations", "tracking ceasefire violations"],
    counterExamples: ["violations of human rights were reported"],
    re: g("\\btrack(?:ing)? (?:\\w+ )?violations\\b"),
    keys: ["violation"],
    weight: 0.9,
  },
  // article5: a collective-defence guarantee
  {
    type: "article5",
    phenomenon: "an Article 5 guarantee",
    examples: ["Article 5-like", "Article V", "an Article five-style guarantee"],
    counterExamples: ["Article 9 of the constitution", "article 50"],
    re: g("\\bArticle[\\s-]*(?:5|V|five)\\b(?:[\\s-]*(?:like|style|type))?"),
    keys: ["article"],
    weight: 1,
  },
  {
    type: "article5",
    phenomenon: "collective defence",
    examples: ["collective defence", "mutual defense"],
    counterExamples: ["self-defence"],
    re: g("\\b(?:collective|mutual)[\\s-]defen[cs]e\\b"),
    keys: ["defen"],
    weight: 1,
  },
  // air: air policing, air defence, a sky shield
  {
    type: "air",
    phenomenon: "air defence over Ukraine",
    examples: ["air defence", "air-defense"],
    counterExamples: ["air defence systems", "air defence missiles"],
    re: g("\\bair[\\s-]defen[cs]e\\b(?! (?:missiles|units|systems|forces)\\b)"),
    keys: ["air"],
    weight: 1,
  },
  {
    type: "air",
    phenomenon: "air policing and cover",
    examples: ["air policing", "air cover", "an air shield", "air patrols"],
    counterExamples: ["airport"],
    re: g("\\bair[\\s-](?:policing|cover|component|mission|umbrella|shield|patrols?)\\b"),
    keys: ["air"],
    weight: 1,
  },
  {
    type: "air",
    phenomenon: "a sky shield or no-fly zone",
    examples: ["sky shield", "no-fly zone"],
    counterExamples: ["sky-high prices"],
    re: g("\\bsky[\\s-]?shield\\b|\\bno[\\s-]fly zone\\b"),
    keys: ["sky", "fly"],
    weight: 1,
  },
  {
    type: "air",
    phenomenon: "protecting the skies",
    examples: ["protect Ukraine's skies", "secure the airspace", "close the sky"],
    counterExamples: ["the sky is clear"],
    re: g(
      "\\b(?:protect|patrol|secur|police|control|defend|clos)\\w*\\s+(?:[\\w'’-]+\\s+){0,2}?(?:skies|sky|airspace)\\b",
    ),
    keys: ["sky", "skies", "airspace"],
    weight: 1,
  },
  {
    type: "air",
    phenomenon: "fighter jets",
    examples: ["fighter jets", "fighter aircraft"],
    counterExamples: ["freedom fighters"],
    re: g("\\bfighter (?:jets?|aircraft)\\b"),
    keys: ["fighter"],
    weight: 0.6,
  },
  // Phenomenon: aircraft named as what is deployed or provided ("deploy four aircraft", "the use
  // of US aircraft", "contribute planes to the mission"). Not aircraft handed over as arms
  // ("delivered F-16 jets"), cargo or transport aircraft (logistics), reconnaissance or
  // surveillance aircraft (intelligence), aircraft carriers (maritime), anti-aircraft systems (arms).
  {
    type: "air",
    phenomenon: "aircraft deployed or provided",
    examples: [
      "deploy four aircraft",
      "the use of U.S. aircraft",
      "contribute planes to the mission",
      "send fighter aircraft",
      "station warplanes in Romania",
      "provide jets for air patrols",
    ],
    counterExamples: [
      "delivered F-16 jets",
      "provide F-16 jets",
      "send cargo aircraft",
      "deploy reconnaissance aircraft",
      "deploy an aircraft carrier",
      "send anti-aircraft systems",
      "planes landed in Rzeszow",
    ],
    re: g(
      "\\b(?:deploy|station|contribut|commit|dispatch|send|sent|provid|offer|use of|fly|flying|flown)\\w*\\s+(?:(?!(?:cargo|transport|reconnaissance|surveillance|spy|[a-z]{1,3}-?\\d+)\\b)[\\w.-]+\\s+){0,3}?(?:aircraft|planes|warplanes|jets)\\b(?!\\s+carriers?\\b)",
    ),
    keys: ["aircraft", "plane", "jet"],
    weight: 0.8,
  },
  // an air contribution named by its means: "aviation", "air and naval capabilities", "air assets"
  {
    type: "air",
    phenomenon: "air means named as a contribution",
    examples: ["aviation", "air and naval capabilities", "air assets"],
    counterExamples: ["airline tickets", "air quality"],
    re: g("\\b(?:military )?aviation\\b|\\bair (?:and (?:naval|sea|maritime) )?(?:capabilit(?:y|ies)|assets|power)\\b"),
    keys: ["aviation", "air"],
    weight: 0.9,
  },
  {
    type: "air",
    phenomenon: "air support",
    examples: ["air support", "support from the air"],
    counterExamples: ["hair support"],
    re: g("\\bair support\\b|\\bsupport (?:from|by) (?:the )?air\\b"),
    keys: ["air"],
    weight: 0.8,
  },
  // maritime: the Black Sea, naval presence, demining at sea
  {
    type: "maritime",
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
      "\\b(?:Black|Baltic|Azov) Sea\\b|\\bSea of Azov\\b|\\bnaval\\b|\\bfleet\\b|\\bwarships?\\b|\\bfrigates?\\b|\\bcorvettes?\\b|\\bdestroyers?\\b|\\bpatrol (?:vessels?|boats?|ships?)\\b|\\bmaritime\\b|\\bnav(?:y|ies)\\b|\\bsea lanes?\\b|\\bshipping lanes?\\b|\\bminesweep\\w*|\\bmine-?hunt\\w*|\\bmine[\\s-]?(?:clearing|clearance|countermeasures?)\\b|\\baircraft carriers?\\b",
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
    phenomenon: "demining at sea",
    examples: ["demining"],
    counterExamples: ["removing land mines"],
    re: g("\\bdemin\\w+"),
    keys: ["demin"],
    weight: 0.8,
    requires: g("\\b(?:sea|naval|maritime|ports?|shipping|waters|navy)\\b"),
  },
  // training
  {
    type: "training",
    phenomenon: "training Ukrainian forces",
    examples: ["train Ukrainian pilots", "training of Ukrainian troops", "training a “Ukrainian legion”"],
    counterExamples: ["train tickets to Lviv", "trains to Kharkiv"],
    re: g(
      "\\btrain(?:s|ed|ing)?\\b(?:\\s+(?:of\\s+)?[\\w'’-]+){0,3}?\\s+[\"“]?(?:Ukrainian|Ukraine's|troops|soldiers|forces|military|personnel|brigades?|army|pilots|recruits|servicemen)\\b",
    ),
    keys: ["train"],
    weight: 1,
  },
  // the trainees as the subject of a passive: "Ukrainian pilots will be trained in Romania"
  {
    type: "training",
    phenomenon: "Ukrainian forces being trained",
    examples: ["Ukrainian pilots will be trained", "Ukraine's soldiers are being trained"],
    counterExamples: ["Ukrainian troops attacked", "Ukrainian pilots trained in the past"],
    re: g(
      "\\b(?:Ukrainian|Ukraine's|Ukraine’s)\\s+(?:[\\w-]+\\s+)?(?:troops|soldiers|pilots|forces|servicemen|recruits|personnel|brigades?|crews|sailors)\\s+(?:\\w+\\s+){0,2}?(?:be|being)\\s+trained\\b",
    ),
    keys: ["trained"],
    weight: 1,
  },
  {
    type: "training",
    phenomenon: "a training mission or effort",
    examples: ["training mission", "training efforts", "training programmes"],
    counterExamples: ["training day"],
    re: g("\\btraining (?:mission|programmes?|programs?|centres?|centers?|efforts?|support|assistance|courses?)\\b"),
    keys: ["training"],
    weight: 1,
  },
  // training named as one of the things given: "weapons and training", "support and training to Kyiv"
  {
    type: "training",
    phenomenon: "training named as something given",
    examples: [
      "weapons and training",
      "training to Ukraine",
      "support and training",
      "weapons, ammunition, and training",
    ],
    counterExamples: ["in training today", "weapons, ammunition and training exercises abroad"],
    re: g(
      "\\b(?:support|aid|assistance|equipment|weapons|advice|arms|supplies|ammunition|munitions|intelligence|funding|financing),? and (?:military )?training\\b(?!\\s+(?:exercises?|drills?|grounds?)\\b)|\\btraining (?:to|for) (?:Ukrain\\w*|Kyiv|Kiev)\\b",
    ),
    keys: ["training"],
    weight: 1,
  },
  {
    type: "training",
    phenomenon: "instructors",
    examples: ["military instructors", "trainers"],
    counterExamples: ["instructions"],
    re: g("\\b(?:military )?(?:instructors|trainers)\\b"),
    keys: ["instructor", "trainer"],
    weight: 1,
  },
  {
    type: "training",
    phenomenon: "helping with training",
    examples: ["contribute to the training", "assist in training", "help with training"],
    counterExamples: ["contribute to the trainee fund"],
    re: g("\\b(?:contribut|help|assist|support|particip)\\w* (?:(?:to|in|with) )?(?:the )?training\\b"),
    keys: ["training"],
    weight: 1,
  },
  // arms: weapons, military aid, a stronger Ukrainian army, defence industry
  {
    type: "arms",
    phenomenon: "weapons and ammunition",
    examples: ["weapons", "ammunition", "munitions", "weaponry"],
    counterExamples: ["weaponised rhetoric"],
    re: g("\\bweapons?\\b|\\bweaponry\\b|\\bammunition\\b|\\bmunitions\\b"),
    keys: ["weapon", "munition"],
    weight: 1,
  },
  {
    type: "arms",
    phenomenon: "arms deliveries",
    examples: ["arms deliveries", "arms packages"],
    counterExamples: ["arms race"],
    re: g("\\barms (?:deliveries|supplies|shipments|packages?|transfers?)\\b"),
    keys: ["arms"],
    weight: 1,
  },
  {
    type: "arms",
    phenomenon: "military aid and equipment",
    examples: [
      "military aid",
      "security assistance",
      "defence materials",
      "defense equipment",
      "military and financial aid",
    ],
    counterExamples: ["non-military aid", "humanitarian aid"],
    re: g(
      "(?<!non-)\\b(?:military|security|defen[cs]e) (?:and [\\w-]+ )?(?:aid|assistance|equipment|supplies|packages?|materials?|materiel|hardware)\\b",
    ),
    keys: ["aid", "assistance", "equipment", "supplies", "package", "material", "hardware"],
    weight: 1,
  },
  {
    type: "arms",
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
    phenomenon: "military support, also shared with another kind ('military and intelligence support')",
    examples: ["military support", "military and intelligence support"],
    counterExamples: ["non-military support", "military and political leaders"],
    re: g("(?<!non-)\\bmilitary (?:and [\\w-]+ )?support\\b"),
    keys: ["support"],
    weight: 0.8,
  },
  {
    type: "arms",
    phenomenon: "named weapon systems",
    examples: [
      "air defence systems",
      "Patriots",
      "F-16s",
      "artillery",
      "the development of naval drones",
      "supply attack drones",
      "anti-aircraft systems",
      "interceptor drones for the Ukrainian army",
      "buy drones",
      "drone production for Ukraine",
      "supply Ukraine with more howitzers",
      "deliver missiles",
    ],
    counterExamples: [
      "tank top",
      "drones attacked the city",
      "anti-aircraft fire",
      "build drones for its own army",
      "drone production at home",
      "missiles struck the city",
    ],
    re: g(
      "\\bair[\\s-]defen[cs]e (?:systems?|batteries|missiles|interceptors)\\b|\\banti-?aircraft (?:systems?|missiles?|guns?|batteries|weapons)\\b|\\bPatriots?\\b|\\bF-16s?\\b|\\btanks\\b|\\bartillery\\b|\\bdrones? for (?:the )?(?:Ukrain\\w*|Kyiv|Kiev)\\b|\\b(?:suppl|provid|deliver|send|produc|develop|build|manufactur|giv|donat|financ|fund|buy|purchas|procur|ship|transfer)\\w*\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,4}?(?:drones|missiles|rockets|shells|howitzers|interceptors|armou?red vehicles)\\b(?!\\s+for\\s+(?:its|their|our)\\s+own\\b)|\\bdrone (?:production|manufacturing|deliveries|supplies|shipments|packages?) (?:for|in|with) (?:Ukrain\\w*|Kyiv|Kiev)\\b|\\bdrone coalition\\b",
    ),
    keys: [
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
  {
    type: "arms",
    phenomenon: "non-lethal military equipment",
    examples: ["non-lethal equipment", "nonlethal aid"],
    counterExamples: ["non-lethal weapons research"],
    re: g("\\bnon-?lethal (?:equipment|aid|assistance|supplies)\\b"),
    keys: ["lethal"],
    weight: 0.8,
  },
  {
    type: "arms",
    phenomenon: "lethal aid",
    examples: ["lethal aid", "lethal weapons"],
    counterExamples: ["non-lethal aid"],
    re: g("(?<!non-)\\blethal (?:aid|weapons)\\b"),
    keys: ["lethal"],
    weight: 1,
  },
  {
    type: "arms",
    phenomenon: "strengthening Ukraine's army",
    examples: ["strengthening of the Ukrainian armed forces", "rebuild its army", "modernise Ukraine's military"],
    counterExamples: ["strengthen NATO"],
    re: g(
      "\\b(?:strengthen|restor|rebuild|build(?:ing)? up|moderni[sz]|equip|re-?arm|develop)\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?:Ukrainian|Ukraine's|its|their)\\s+(?:armed forces|army|military|defen[cs]e forces|brigades?)\\b",
    ),
    keys: ["forces", "army", "military", "brigade"],
    weight: 1,
  },
  {
    type: "arms",
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
    phenomenon: "defence industry with Ukraine",
    examples: ["defence industry", "defense production", "co-production of drones"],
    counterExamples: ["film production"],
    re: g(
      "\\bdefen[cs]e[\\s-](?:production|industr\\w*|co-?production)\\b|\\bco-?production of (?:weapons|drones|arms)\\b",
    ),
    keys: ["production", "industr"],
    weight: 1,
    requires: g("Ukrain|Kyiv|Kiev"),
  },
  {
    type: "arms",
    phenomenon: "contributing militarily",
    examples: ["contributing militarily", "help Kyiv militarily"],
    counterExamples: ["militarily neutral"],
    re: g("\\b(?:contribut|support|help|assist)\\w*(?:[^.;]{0,40}?)\\bmilitarily\\b"),
    keys: ["militarily"],
    weight: 1,
  },
  // funding: money for Ukraine, not a country's own defence budget
  {
    type: "funding",
    phenomenon: "contributing financially",
    examples: ["contributing financially", "support Ukraine financially"],
    counterExamples: ["financially sound"],
    re: g("\\b(?:contribut|support|help|assist)\\w*(?:[^.;]{0,40}?)\\bfinancially\\b"),
    keys: ["financially"],
    weight: 1,
  },
  {
    type: "funding",
    phenomenon: "financial aid and funds",
    examples: ["financial support", "funding", "financial backing", "loans", "funds for"],
    counterExamples: ["fundamental"],
    re: g(
      "\\bfinancial (?:aid|support|assistance|package|contribution|commitment|backing|help)s?\\b|\\bfunding\\b|\\bfund(?:s|ed)? (?:for|to)\\b|\\bloans?\\b",
    ),
    keys: ["financial", "fund", "loan"],
    weight: 1,
    requires: g("Ukrain|Kyiv|Kiev"),
  },
  {
    type: "funding",
    phenomenon: "money given",
    examples: ["providing money to a trust fund", "a NATO trust fund"],
    counterExamples: ["money laundering"],
    re: g("\\b(?:provid\\w*|giv\\w*|contribut\\w*|send\\w*|pledg\\w*) money\\b|\\btrust fund\\b"),
    keys: ["money", "trust fund"],
    weight: 0.8,
    requires: g("Ukrain|Kyiv|Kiev"),
  },
  {
    type: "funding",
    phenomenon: "financing",
    examples: ["financing", "finance"],
    counterExamples: ["finance minister"],
    re: g("\\bfinanc(?:e|es|ed|ing)\\b(?! minist)"),
    keys: ["financ"],
    weight: 0.8,
    // A country financing its own army is no commitment to Ukraine.
    unless: g("\\b(?:its|their|our) own\\b|\\brearm\\w*|\\bdefen[cs]e (?:budget|spending)\\b|\\bdomestic\\b"),
  },
  {
    type: "funding",
    phenomenon: "an amount of money",
    examples: ["€2 billion", "3 billion euros", "$500 million", "EUR 6.4 billion", "USD 300 million"],
    counterExamples: ["two billion people", "EUR members"],
    re: g(
      "\\b\\d[\\d.,]*\\s*(?:billion|million|bn|m)\\s+(?:euros?|dollars?|pounds?|kroner|kronor)\\b|[€$£]\\s?\\d[\\d.,]*\\s*(?:billion|million|bn)?|\\b(?:EUR|USD|GBP|NOK|SEK|DKK|CAD|CHF)\\s?\\d[\\d.,]*\\s*(?:billion|million|bn)?",
    ),
    keys: ["billion", "million", "bn", "m ", "€", "$", "£", "eur", "usd", "gbp", "nok", "sek", "dkk", "cad", "chf"],
    weight: 0.8,
    requires: g("Ukrain|Kyiv|Kiev"),
  },
  // intelligence
  {
    type: "intelligence",
    phenomenon: "intelligence sharing",
    examples: [
      "intelligence sharing",
      "sharing of intelligence",
      "intelligence support",
      "air defence and intelligence",
    ],
    counterExamples: ["intelligence services said", "military and intelligence officials"],
    re: g(
      "(?:,|\\band)\\s+intelligence\\b(?![\\s-]+(?:services?|agenc(?:y|ies)|officials?|chiefs?|sources?|reports?|community|committee|officers?))|\\bintelligence[\\s-](?:sharing|data|support|cooperation|information|assistance)\\b|\\bshar\\w+\\s+(?:of\\s+)?(?:\\w+\\s+)?intelligence\\b",
    ),
    keys: ["intelligence"],
    weight: 1,
  },
  {
    type: "intelligence",
    phenomenon: "providing intelligence",
    examples: ["provide intelligence", "offering timely intelligence", "provide Ukraine with intelligence"],
    counterExamples: ["artificial intelligence"],
    re: g("\\b(?:provid|offer|giv|suppl)\\w*\\s+(?:\\w+\\s+){0,3}?intelligence\\b"),
    keys: ["intelligence"],
    weight: 0.9,
  },
  {
    type: "intelligence",
    phenomenon: "surveillance and reconnaissance",
    examples: ["surveillance", "ISR", "satellite imagery", "reconnaissance flights", "battlefield monitoring"],
    counterExamples: ["satellite television"],
    re: g(
      "\\bsurveillance\\b|\\b(?:battlefield|aerial|radar|satellite) monitoring\\b|\\bISR\\b|\\bsatellite (?:data|imagery|images|intelligence)\\b|\\breconnaissance (?:flights|support|data|aircraft)\\b",
    ),
    keys: ["surveillance", "isr", "satellite", "reconnaissance", "monitoring"],
    weight: 0.9,
  },
  // logistics: hubs, bases, headquarters away from the front
  {
    type: "logistics",
    phenomenon: "logistics, hubs and transport",
    examples: [
      "logistical support",
      "hubs",
      "headquarters",
      "supply routes",
      "airlift",
      "transporting military supplies",
      "cargo aircraft",
    ],
    counterExamples: ["transport minister", "supply and demand"],
    re: g(
      "\\blogistic(?:s|al)\\b|\\btransport(?:s|ing|ation)? (?:of )?(?:military |defen[cs]e )?(?:supplies|equipment|cargo|weapons|aid)\\b|\\bhubs?\\b|\\bheadquarters\\b|\\bsupply (?:routes?|lines?|chains?)\\b|\\bairlift\\b|\\bstaging (?:area|post|ground)s?\\b|\\b(?:cargo|transport) (?:aircraft|planes)\\b",
    ),
    keys: ["logistic", "hub", "headquarters", "supply", "supplies", "airlift", "staging", "transport", "cargo"],
    weight: 1,
  },
  {
    type: "logistics",
    phenomenon: "bases and military facilities",
    examples: ["military bases", "its bases", "military infrastructure"],
    counterExamples: ["database"],
    re: g(
      "\\bmilitary (?:centers|centres|bases|base|facilities|infrastructure)\\b|\\b(?:our|its|their) (?:military |air )?bases\\b",
    ),
    keys: ["base", "military"],
    weight: 1,
  },
  // backstop
  {
    type: "backstop",
    phenomenon: "a backstop",
    examples: ["backstop", "back-stop"],
    counterExamples: ["stopped"],
    re: g("\\bback[\\s-]?stop\\b"),
    keys: ["stop"],
    weight: 1,
  },
  {
    type: "backstop",
    phenomenon: "US support for a European force",
    examples: ["US security guarantees for the European force", "American backing for a coalition force"],
    counterExamples: ["US backing for sanctions"],
    re: g(
      "\\b(?:US|U\\.S\\.|American|Washington's) (?:backing|support|guarantees?|security guarantees?) for (?:a |the )?(?:European|coalition|multinational)\\b",
    ),
    keys: ["european", "coalition", "multinational"],
    weight: 1,
  },
  // Phenomenon: the United States behind a European force, from either side. Three ways news
  // copy puts it, each its own pattern: the US backs the force ("Washington will back any
  // European-led force"), the force is backed by US support ("backed by strong American
  // support"), the force needs or involves the US ("any European deployment must involve the
  // US"). A country other than the US backing a European force is no backstop ("Italy will
  // support a European-led force"), so the first needs the US before the verb. Case-sensitive
  // where "US" could be the pronoun "us".
  {
    type: "backstop",
    phenomenon: "the United States backing a European force",
    examples: [
      "Washington will back any European-led force",
      "The US is ready to support a European peacekeeping force",
      "The United States would stand behind any European-led mission",
      "the US will provide support to a European-led force",
      "Washington is prepared to provide assets, including intelligence, to support any European-led deployment",
    ],
    counterExamples: [
      "Italy will support a European-led force",
      "Italy will support a European-led force alongside the US",
      "Washington said Italy backs the plan. Rome will back a European force",
    ],
    re: new RegExp(
      "\\b(?=back|support|protect|underpin|reinforc|stand|provid|assist)(?<=\\b(?:US|U\\.S\\.|United States|Washington|America|Americans|Pentagon|White House|Trump administration)\\b[^.;]{0,250}?)(?:(?:back|support|protect|underpin|reinforc|assist)\\w*|stand\\w* behind|provid\\w* (?:[\\w-]+ )?support (?:to|for))\\s+(?:up\\s+)?(?:an?|the|any|such an?)\\s+(?:European|coalition|multinational)(?:[\\s-]led)?\\s+(?:[\\w-]+\\s+)?(?:force|deployment|mission|contingent|troops)s?\\b",
      "g",
    ),
    keys: ["european", "coalition", "multinational"],
    weight: 0.9,
  },
  {
    type: "backstop",
    phenomenon: "a force backed by US support",
    examples: [
      "backed by strong American support",
      'backed by "firm US backing',
      "backed by a US security guarantee",
      "underpinned by American support",
      "backed up by Washington's commitment",
    ],
    counterExamples: ["backed by European support", "a ceasefire backed by the United States", "backed by us"],
    re: g(
      "\\b(?:backed|underpinned|guaranteed) (?:up )?by [“\\x22]?(?:a |an |the )?(?:strong |full |robust |firm |clear |credible )?(?:US|U\\.S\\.|American|Washington['’]s|America['’]s|the United States['’]?) (?:security )?(?:support|backing|guarantees?|involvement|commitment|backstop|air power|protection|participation)\\b",
    ),
    keys: ["backed", "underpinned", "guaranteed"],
    weight: 0.9,
  },
  {
    type: "backstop",
    phenomenon: "a European force that needs or involves the US",
    examples: [
      "a European deployment must involve the US",
      "a coalition force with full US involvement",
      "a European force would need US support",
      "any European mission would need the backing of the United States",
      "any European mission would have to include the Americans",
      "a European deployment cannot work without the United States",
    ],
    counterExamples: [
      "a European deployment in Ukraine",
      "the European force would include Polish soldiers",
      "a European force would work with us",
      "European forces have US talks",
    ],
    re: new RegExp(
      "\\b(?:European|coalition|multinational)(?:[\\s-]led)? (?:[\\w-]+ )?(?:force|deployment|mission|contingent|troops)s? (?:[\\w'’]+ ){0,3}?(?:involves?|involving|includes?|including|include|with|needs?|need|requires?|require|has|have|without) (?:the )?(?:full |strong |clear )?(?:(?:backing|support|participation|involvement|commitment) of (?:the )?)?(?:US|U\\.S\\.|American|Americans|United States|Washington|America)\\b(?! (?:talks|negotiat))",
      "g",
    ),
    keys: ["european", "coalition", "multinational"],
    weight: 0.9,
  },
];

/**
 * A cheap test that a sentence may hold a commitment cue at all: a superset of the stems of
 * TYPE_PATTERNS and of ANAPHOR_RE's words (see the unit test; its "That is not on the agenda"
 * is tested beside this one). Sentences without either skip the clause work.
 */
export const ANY_TYPE_STEM =
  /troop|soldier|servicem|personnel|boots|peace|contingent|force|presen|deploy|send|station|dispatch|operat|mission|monitor|verif|observer|border|contact|demarcation|buffer|violation|article|collective|mutual|air|sky|skies|fly|fighter|sea|naval|maritime|nav|shipping|mine|demin|train|instruct|weapon|ammunition|munition|arms|militar|security|defen|lethal|army|brigade|industr|production|financ|fund|loan|billion|million|bn|euro|dollar|pound|kron|€|\$|£|money|intelligence|surveillance|isr|satellite|reconnaissance|logistic|hub|headquarters|supply|airlift|staging|base|back|guarantee|patriot|f-16|tank|artillery|drone|such a|step|do so|do that|do this|anything|option|unit|battalion|compan|platoon|regiment|battle|aviation|fleet|warship|frigate|transport|supplies|plane|jet|cargo|carrier|underpin|missile|rocket|shell|howitzer|interceptor|vehicle|corvette|destroyer|patrol/i;

/**
 * The patterns grouped by commitment type, each group behind one test of all its keys: eleven
 * cheap tests per sentence decide which of the fifty patterns are worth running.
 */
export const TYPE_GROUPS: readonly { type: CommitmentType; keys: RegExp; patterns: readonly TypePattern[] }[] = (() => {
  const byType = new Map<CommitmentType, TypePattern[]>();
  for (const p of TYPE_PATTERNS) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...byType].map(([type, patterns]) => ({
    type,
    keys: new RegExp([...new Set(patterns.flatMap((p) => p.keys))].map(escape).join("|"), "i"),
    patterns,
  }));
})();

/** Nouns for troops owned by a country ("Italian troops"), to find whose troops they are. */
export const OWNED_FORCE_RE = g(`\\b(?:${TROOP_NOUN}|forces|army|military)\\b`);

/**
 * Words standing for a commitment mentioned before: "such a step", "anything"; and a sentence
 * that opens with "That" / "This" / "It" and says where the measure stands ("That is not on
 * the agenda", "This is out of the question"), the answer to a question about the last one.
 */
export const ANAPHOR_RE = g(
  "\\b(?:such an? (?:step|move|mission|deployment|force|decision)|this step|that step|do so|do that|do this|anything|that option|this option|the idea)\\b|\\b(?=(?:that|this|it)\\b)(?<=^[\\s;]*[\x22“]?)(?:that|this|it)(?=\\s+(?:is|was|would be|will be|remains)\\s+(?:not\\s+|no longer\\s+|still\\s+)?(?:on the (?:table|agenda)|off the table|out of the question|an option|excluded|ruled out|planned)\\b)",
);

export type StanceCue = "notruleout" | "oppose" | "negate" | "consider" | "commit" | "support";

export interface StancePattern {
  cue: StanceCue;
  /** The phenomenon, and phrases the pattern must match and must not match (lexicon.test.ts checks them). */
  phenomenon: string;
  examples: readonly string[];
  counterExamples: readonly string[];
  re: RegExp;
  /** A cheap test that must pass before the pattern is run. */
  hint?: RegExp;
}

const NEG = "(?:not|n't|never)";
/** Phenomenon: "not only ... but also" adds, it does not negate ("will not only send troops but also ..."). */
const NOT_ONLY = "(?!(?:only|just|merely)\\b)";
const NOMINAL_PLEDGE_NOUN = "(?:offer|contribution|provision|donation|pledge)s?";
/** The cue text of a nominal pledge ("offer of"): its owner is the agent, not an endorsement before it. */
export const NOMINAL_PLEDGE_CUE = new RegExp(`^${NOMINAL_PLEDGE_NOUN}\\s+of$`);
const ENGAGE =
  "(?:send\\w*|deploy\\w*|participat\\w*|provid\\w*|contribut\\w*|suppl\\w*|take|taking|join\\w*|put|commit\\w*|station\\w*|plan\\w*|foreseen|foresee|envisag\\w*|intend\\w*|offer\\w*|giv\\w*|deliver\\w*|train\\w*|have|be (?:sending|deploying|part of)|take part|part of|go|sent)";

export const STANCE_PATTERNS: readonly StancePattern[] = [
  {
    cue: "notruleout",
    phenomenon: "not ruling out",
    examples: [
      "does not rule out sending",
      "won't rule it out",
      "is not excluded",
      "cannot be ruled out",
      "cannot be excluded",
    ],
    counterExamples: ["ruled out sending", "cannot be sent"],
    re: g(
      `\\b${NEG}\\s+(?:\\w+\\s+){0,2}?rul(?:e|es|ed|ing)\\s+(?:[\\w'’]+\\s+){0,2}?out\\b|\\b(?:wouldn't|won't|doesn't|didn't|don't|isn't|hasn't|haven't|aren't|can't|wouldn’t|won’t|doesn’t|didn’t|don’t|isn’t|hasn’t|haven’t|can’t) (?:\\w+ )?rul(?:e|ed|ing) (?:\\w+ )?out\\b|\\bnot (?:be )?excluded\\b|\\b(?:does|do|did) not exclude\\b|\\bcannot (?:\\w+ )?(?:be )?(?:rul(?:e|ed) (?:\\w+ )?out|excluded?)\\b`,
    ),
  },
  {
    cue: "oppose",
    phenomenon: "opposing, rejecting, blocking",
    examples: [
      "rejects any deployment",
      "opposes sending",
      "will not accept foreign troops",
      "refused to back the plan",
      "would be of concern",
      "blocked the package",
    ],
    counterExamples: ["the backing of parliament"],
    re: g(
      `\\b(?:refus\\w+|declin\\w+) to (?:support|back|endorse|approve|sign off on|agree to)\\b|\\bblock(?:s|ed|ing)?\\b|\\bveto(?:es|ed|ing)?\\b|\\breject\\w*\\b|\\bdismiss(?:es|ed|ing)?\\b|\\bprovocati\\w+\\b|\\bcondemn\\w*\\b|\\bdenounc\\w+\\b|\\boppos(?:e|es|ed|ing)\\b|\\b(?:does|do|did|will|would|can|could|shall)\\s*${NEG}\\s+(?:\\w+\\s+)?(?:accept|allow|tolerate|agree to)\\b|\\bunacceptable\\b|\\b(?:be|is|are|was|were) (?:of )?(?:serious |grave |great )?concern\\b|\\bwarn\\w* against\\b|\\bagainst (?:any|the deployment|sending|deploying)\\b|\\blegitimate targets?\\b|\\b(?:be|become) (?:a |an )?(?:legitimate |military )?targets?\\b`,
    ),
  },
  {
    cue: "negate",
    phenomenon: "negated engagement",
    examples: [
      "will not send",
      "is not foreseen",
      "has no plans",
      "ruled out",
      "not by sending",
      "there will be no",
      "will not happen",
      "no troops",
      "sees no role for",
    ],
    counterExamples: ["will send", "nothing", "will not only send", "does not just provide"],
    re: g(
      `\\b(?:will|would|shall|does|do|did|is|are|was|were|has|have|can|could|should|must)\\s*${NEG}(?:,\\s*\\w+,)?\\s+${NOT_ONLY}(?:\\w+\\s+){0,2}?${ENGAGE}\\b|\\b(?:won't|wouldn't|can't|cannot|isn't|aren't|doesn't|don't|didn't)(?:,\\s*\\w+,)?\\s+${NOT_ONLY}(?:\\w+\\s+){0,2}?${ENGAGE}\\b|\\bnot (?:planned|foreseen|envisaged|on the (?:table|agenda)|to (?:send|deploy|participate|provide|join|contribute|take part))\\b|\\bnot by ${ENGAGE}\\b|\\bthere (?:will|would|shall) (?:not|never) be\\b|\\bthere (?:will|would|shall) be no\\b|\\b(?:will|would|shall)\\s*(?:not|n't|never)\\s+(?:\\w+\\s+)?(?:happen|occur|take place|materiali[sz]e)\\b|\\boff the table\\b|\\bout of the question\\b|\\brefrain\\w* from\\b|\\bno (?:plans?|intention|intentions)\\b|\\bno (?:role|need|place|room) for\\b|\\bno(?=\\s+(?:[\\w-]+\\s+){0,2}(?:troops|soldiers|boots|personnel|weapons)\\b)|\\b(?:rule[sd]?|ruling) out\\b|\\bexclu(?:de[sd]?|ding|sion)\\b|\\brefus\\w+\\b|\\bdeclin\\w+ to\\b|\\bopt(?:s|ed)? out\\b|\\bwill never\\b`,
    ),
  },
  {
    cue: "consider",
    phenomenon: "considering, studying, open to",
    examples: [
      "is considering",
      "open to",
      "a possibility",
      "studying",
      "in principle",
      "is also on the table",
      "voiced openness to",
      "leave the door open for",
    ],
    counterExamples: ["consistent with", "took it off the table"],
    re: g(
      "\\bconsider(?:s|ed|ing|ation)?\\b|\\bpossib(?:le|ility|ilities|ly)\\b|\\bopen to\\b|\\bstudy(?:ing)?\\b|\\bexamin\\w+\\b|\\bweigh(?:s|ing)?\\b|\\bexplor\\w+\\b|\\bunder discussion\\b|\\bdiscuss(?:ing|es)?\\b|\\bin talks\\b|\\blook(?:s|ing)? (?:at|into)\\b|\\bpotential(?:ly)?\\b|\\bnot yet decided\\b|\\bin principle\\b|\\b(?:is|are|was|were|remains?|be)\\s+(?:also\\s+|still\\s+)?on the table\\b|\\bopenness to\\b|\\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept) the door open\\b",
    ),
  },
  // Phenomenon: a decision still open ("has yet to decide whether to send troops", "has not yet
  // decided", "is undecided on"): the measure is being weighed, neither pledged nor refused.
  {
    cue: "consider",
    phenomenon: "a decision still open",
    examples: [
      "has yet to decide whether to",
      "has not yet decided whether",
      "remains undecided",
      "no decision has been made on",
    ],
    counterExamples: ["decided to send", "has decided"],
    re: g(
      "\\byet to (?:decide|make (?:a|its|their|any) (?:final )?decision)\\b|\\b(?:has|have|had) not (?:yet )?(?:decided|made (?:a|its|their|any) (?:final )?decision)\\b|\\bundecided\\b|\\bno (?:final )?decision (?:has been|had been|was|is) (?:made|taken)\\b",
    ),
    hint: /decide|decision/i,
  },
  {
    cue: "consider",
    phenomenon: "modal hedges",
    examples: ["could", "might", "may"],
    counterExamples: ["will"],
    re: /\b(?:could|might|may)\b/gu,
  },
  // capability, not a pledge: "will be able to take part" (claims the "will" before the commit cues run)
  {
    cue: "consider",
    phenomenon: "capability, not a pledge",
    examples: ["will be able to"],
    counterExamples: ["will be there"],
    re: g("\\b(?:will|would|shall)\\s+be\\s+able\\s+to\\b"),
  },
  // permission for others is support, and claims "agreed to" before the pledges run
  {
    cue: "support",
    phenomenon: "support only by permission",
    examples: ["agreed to allow", "consents to let"],
    counterExamples: ["agreed to send"],
    re: g("\\b(?:agree[sd]?|consent(?:s|ed)?) to (?:allow|let|accept|permit)\\b"),
  },
  {
    cue: "commit",
    phenomenon: "pledges, plans and readiness",
    examples: [
      "will",
      "plans to",
      "is ready",
      "pledged",
      "is already supplying",
      "has approved sending",
      "has already delivered",
      "was already contributing",
      "signed an agreement on",
      "committed to",
      "intends to",
      "continues to",
      "would",
      "set aside €3 billion",
      "voted to send",
      "has made available",
    ],
    counterExamples: ["wilful", "future pledges", "the pledge", "set aside their differences"],
    re: g(
      "\\bwill\\b|['’]ll\\b|\\bshall\\b|\\bplan(?:s|ned|ning)? to\\b|\\bready\\b|\\bprepared\\b|(?<!\\b(?:the|a|its|their|our|his|her|future|new|previous|earlier|past|such|these|those|of) )\\bpledg(?:e|es|ed|ing)\\b|\\breadiness\\b|\\bintent(?:ion)? to\\b|\\boffered\\b|\\bsign(?:ed|s)? (?:a |an |the )?(?:[\\w-]+ )?(?:agreement|deal|declaration|pact|memorandum|accord)s? (?:to|on|of)\\b|\\bcommit(?:s|ted|ting)? to\\b|\\bvow(?:s|ed)? to\\b|\\bpromis(?:e|es|ed) to\\b|\\bundert(?:ake|akes|ook) to\\b|\\bstands? ready\\b|\\bintends? to\\b|\\bdecided to\\b|\\bagreed to\\b|\\bresum\\w+\\b|\\bcontinu\\w+ (?:to|its|their)\\b|\\b(?:is|are|was|were) (?:already |currently |still |now )?(?:sending|deploying|providing|supplying|delivering|training|financing|funding|contributing|helping)\\b|\\boffer(?:s|ed|ing)? to\\b|\\bbec(?:ame|ome|omes|oming) the first (?:[\\w-]+ ){0,4}?to\\b|\\bset to\\b|\\baims? to\\b|\\bwants? to (?=contribute|send|take part|participate|join|deploy|provide|help|lead|play)|\\bgoing to\\b|\\bwould\\b|\\bannounc(?:ed|es|ing)\\b|\\b(?:allocat|earmark|unveil)(?:ed|es|ing|s)\\b|\\bvot(?:ed|es|ing) (?:to|in favou?r of|for)\\b|\\bset(?:s|ting)? aside(?= (?:[€$£\\d]|(?:[\\w.,]+ ){0,2}?(?:billion|million|funds?|money)\\b))|\\bma(?:de|kes?|king) available\\b|\\bha(?:s|ve) (?:already )?(?:delivered|supplied|sent|deployed|trained|allocated|transferred|donated)\\b|\\bapprov(?:ed|es)\\s+(?=(?:the\\s+|a\\s+)?(?:sending|deploying|deployment|dispatch|delivery|provision|supply|transfer|participation|package|plan|providing|supplying|delivering|transferring|financing|funding)\\b)",
    ),
  },
  // Phenomenon: a pledge being prepared ("is preparing to send warships", "prepares to deploy"),
  // as "prepared to" and "plans to" are; preparing for something is no pledge.
  {
    cue: "commit",
    phenomenon: "a pledge being prepared",
    examples: ["is preparing to send", "prepares to deploy", "was preparing to dispatch"],
    counterExamples: ["preparing for a ceasefire", "the preparation of talks", "prepare the ground"],
    re: /\bprepar(?:es|ing) to\b/gu,
  },
  {
    cue: "commit",
    phenomenon: "willingness",
    examples: ["willing", "willingness"],
    counterExamples: ["unwillingly"],
    re: /\bwilling(?:ness)?\b/gu,
  },
  // Phenomenon: a nominal pledge with its owner and no modal ("Norway's offer of minehunters",
  // "its contribution of two frigates", "the Polish provision of a hub"): an offer, contribution,
  // provision or donation that is a country's own is its pledge. Without an owner ("the offer
  // of talks", "the provision of jets remains open") it is a noun in analysis, no pledge. The
  // look-ahead comes first so that the look-behind runs only where the noun is.
  {
    cue: "commit",
    phenomenon: "a nominal pledge with its owner",
    examples: [
      "Norway's offer of minehunters",
      "its contribution of two frigates",
      "the Polish provision of a hub",
      "Britain’s new offer of jets",
      "their donation of",
    ],
    counterExamples: [
      "the offer of talks",
      "the provision of jets remains open",
      "a new offer of",
      "The contribution of",
    ],
    re: new RegExp(
      `\\b(?=${NOMINAL_PLEDGE_NOUN}\\s+of\\b)(?<=(?:['’]s|\\b(?:its|their|our|his|her)|\\b(?:the|a|an)\\s+[A-Z][\\w-]*)\\s+(?:[\\w-]+\\s+)?)${NOMINAL_PLEDGE_NOUN}\\s+of\\b`,
      "g",
    ),
    hint: /\b(?:offer|contribution|provision|donation|pledge)s? of\b/,
  },
  // what an agreement text does: "the agreement provides for", "the deal covers", "the pact commits"
  {
    cue: "commit",
    phenomenon: "what an agreement text does",
    examples: ["provides for", "stipulates", "covers", "commits"],
    counterExamples: ["discovered"],
    re: g(
      "\\bprovides? for\\b|\\bprovided for\\b|\\bstipulat(?:es|ed)\\b|\\benvisag(?:es|ed)\\b|\\bcover(?:s|ed)\\b|\\bcommits\\b|\\bobliges\\b|\\bsets out\\b|\\blays out\\b|\\blaid out\\b",
    ),
  },
  // "the agreement which included measures on ...": only after an agreement noun, and tried only
  // when "includes" / "included" occurs (a look-behind tried at every position is costly).
  {
    cue: "commit",
    phenomenon: "what an agreement included",
    examples: ["the agreement which included", "a pact that includes"],
    counterExamples: ["the package included"],
    re: g(
      "(?<=\\b(?:agreement|deal|pact|accord|declaration|memorandum|document|treaty)s?\\b[^.;]{0,40}?)\\binclud(?:es|ed)\\b",
    ),
    hint: /\binclud(?:es|ed)\b/i,
  },
  {
    cue: "support",
    phenomenon: "support in principle, calls and needs",
    examples: [
      "supports the idea",
      "welcomes",
      "backs the plan",
      "in favour of",
      "favours extending",
      "is proposing",
      "consistent with",
      "calls for",
      "push for",
      "called on partners to",
      "should",
      "must",
      "is key",
      "needs",
    ],
    counterExamples: ["supporter"],
    re: g(
      "\\bsupports?\\s+(?=the|a|an|any|such|sending|deploying|providing|guarantees?|Ukraine's)|\\bwelcom\\w+\\b|\\bback(?:s|ed|ing)?\\s+(?=the|a|an|any|such)|\\bendors\\w+\\b|\\bin favou?r of\\b|\\bfavou?r(?:s|ed|ing)?\\s+(?=the|a|an|any|such|sending|deploying|providing|extending|guarantees?)|\\bconsistent with\\b|\\bcalls? for\\b|\\bcalled for\\b|\\bpush(?:es|ed|ing)? for\\b|\\bcall(?:s|ed|ing)? on\\b|\\burg(?:e|es|ed|ing)\\b|\\bshould\\b|\\bmust\\b|\\b(?:has|have|need|needs) to be\\b|\\bkey\\b|\\bcore\\b|\\bessential\\b|\\bcrucial\\b|\\bvital\\b|\\bimportant\\b|\\bnecessary\\b|\\bpropos(?:e|es|ed|ing)\\b|\\bproposals?\\b|\\badvocat\\w+\\b|\\ballow(?:s|ed|ing)?\\b|\\binsist(?:s|ed|ing)? on\\b|\\bdemand(?:s|ed|ing)?\\b|\\bseek(?:s|ing)?\\b|\\bwants?\\b|\\bexpect(?:s|ed)?\\b|\\bneeds?\\b|\\bcounts? on\\b|\\brel(?:y|ies) on\\b",
    ),
  },
];

export interface ConditionPattern {
  phenomenon: string;
  examples: readonly string[];
  counterExamples: readonly string[];
  re: RegExp;
  /** A cheap test that must pass before the pattern is run. */
  hint: RegExp;
}

const PEACE =
  "(?:peace|ceasefire|cease-fire|truce|armistice|settlement|deal|agreement|war (?:in \\w+ )?(?:ends|is over)|end of (?:the )?war|hostilities|fighting (?:stops|ends)|guns (?:fall|go|are) silent)";
// Conditions end at the next comma, semicolon, full stop, quote or reporting verb.
const REST = '[^,;."“”]*?(?=\\s*(?:[,;."“”]|$|\\b(?:said|says|stated|told|added)\\b))';

export const CONDITION_PATTERNS: readonly ConditionPattern[] = [
  {
    phenomenon: "after / once a peace",
    examples: [
      "after the signing of a peace agreement",
      "once the fighting stops",
      "as soon as a ceasefire is signed",
      "when the guns fall silent",
      "after the war",
    ],
    counterExamples: ["after talks in Paris", "after the war began"],
    re: g(
      `\\b(?:only\\s+)?(?:immediately\\s+)?(?:after|once|when|as soon as|following)\\s+(?:(?!\\w+ed\\b)[\\w'’-]+\\s+){0,4}?${PEACE}\\b${REST}|\\b(?:only\\s+)?(?:after|following)\\s+the\\s+(?:war|conflict)\\b(?!\\s+(?:began|started|broke|erupted|in \\w+ (?:began|started)))${REST}`,
    ),
    hint: /after|once|when|as soon|following/i,
  },
  // adverbial only: "operate there post-ceasefire", not "a post-war mission"
  {
    phenomenon: "post-war, adverbial",
    examples: ["operate there post-ceasefire."],
    counterExamples: ["a post-war mission"],
    re: g("\\bpost-(?:ceasefire|war|conflict)\\b(?=\\s*(?:[,.;]|$|for|to|in|on|as|with|and|when|once))"),
    hint: /post-/i,
  },
  {
    phenomenon: "if",
    examples: ["if the US provides a backstop", "only if parliament agrees"],
    counterExamples: ["asked if"],
    re: g(`\\b(?:only\\s+)?if\\s+(?!asked\\b)${REST}`),
    hint: /if/i,
  },
  {
    phenomenon: "unless",
    examples: ["unless Russia attacks again"],
    counterExamples: ["unlessened"],
    re: g(`\\bunless\\s+${REST}`),
    hint: /unless/i,
  },
  // "provided that parliament agrees", "provided the US takes part": a clause follows; not the
  // participle or gerund ("weapons provided to Kyiv", "by providing weapons").
  {
    phenomenon: "provided that",
    examples: ["provided that parliament agrees", "provided the US takes part"],
    counterExamples: ["weapons provided to Kyiv", "by providing weapons"],
    re: g(
      `\\b(?:provided|providing) that\\s+${REST}|\\bprovided\\s+(?=(?:the|a|an|there|it|they|we|he|she|parliament|[A-Z][\\w.]+)\\s+(?:[\\w.]+\\s+){0,3}?(?:is|are|agrees?|approves?|gives?|has|have|takes?|joins?|provides?|remains?|holds?|can|will|does)\\b)${REST}`,
    ),
    hint: /provided/i,
  },
  {
    phenomenon: "on condition",
    examples: ["on condition that the mandate is clear"],
    counterExamples: ["in good condition"],
    re: g(`\\bon (?:the )?condition (?:that|of)\\s+${REST}`),
    hint: /condition/i,
  },
  {
    phenomenon: "subject to",
    examples: ["subject to parliamentary approval"],
    counterExamples: ["the subject of talks"],
    re: g(`\\bsubject to\\s+${REST}`),
    hint: /subject to/i,
  },
  {
    phenomenon: "approval required",
    examples: ["would have to be approved by Russia"],
    counterExamples: ["has been approved"],
    re: g(`\\b(?:have|has|need|needs|must) to be (?:approved|agreed|accepted|authori[sz]ed|endorsed) by\\s+${REST}`),
    hint: /to be/i,
  },
  {
    phenomenon: "as long as",
    examples: ["as long as the truce holds"],
    // "for as long as it takes" is a promise of duration, not a condition.
    counterExamples: ["a long way", "for as long as it takes", "as long as necessary"],
    re: g(`\\bas long as\\s+(?!it takes\\b|(?:is )?(?:necessary|needed|required)\\b)${REST}`),
    hint: /as long as/i,
  },
  {
    phenomenon: "should peace be",
    examples: ["should peace be established", "should there be a ceasefire"],
    counterExamples: ["should send troops", "should there be any doubt"],
    re: g(
      `\\bshould\\s+(?:a\\s+|the\\s+|an?\\s+)?(?:\\w+\\s+)?${PEACE}\\s+be\\s+${REST}|\\bshould there be (?:a |an )?(?:\\w+ )?${PEACE}${REST}`,
    ),
    hint: /should/i,
  },
  {
    phenomenon: "depends on",
    examples: ["would depend on the mandate"],
    counterExamples: ["independent"],
    re: g(`\\b(?:would|will|must|to)\\s+(?:\\w+\\s+)?depend(?:s|ing)? on\\s+${REST}`),
    hint: /depend/i,
  },
  {
    phenomenon: "depending on",
    examples: ["depending on the situation"],
    counterExamples: ["dependable"],
    re: g(`\\b(?:depends|depending|dependent|conditional) (?:on|upon)\\s+${REST}`),
    hint: /depend|conditional/i,
  },
  {
    phenomenon: "in the event of peace",
    examples: ["in the event of a peace deal"],
    counterExamples: ["in the event of an attack"],
    re: g(`\\bin the event of (?:a |an )?${PEACE}${REST}`),
    hint: /in the event/i,
  },
  {
    phenomenon: "with US backing",
    examples: ["only with US backing", "with American support"],
    counterExamples: ["with Ukraine"],
    re: g(
      `\\b(?:only )?with (?:a |an )?(?:US|U\\.S\\.|American|Washington's) (?:backstop|backing|support|guarantees?|air cover|participation)${REST}`,
    ),
    hint: /with/i,
  },
  {
    phenomenon: "only as part of a framework",
    examples: ["only as part of a UN mission", "only within a NATO framework"],
    counterExamples: ["as part of a UN mission", "not only as part of"],
    re: g(`(?<!\\bnot )\\bonly (?:as (?:a )?part of|within|in the framework of|under the umbrella of) ${REST}`),
    hint: /only/i,
  },
  {
    phenomenon: "with a mandate",
    examples: ["only with a UN mandate", "under a parliamentary mandate", "with a Bundestag mandate"],
    counterExamples: ["a mandate", "with a mandate to negotiate"],
    re: g(`\\b(?:only )?(?:with|under) (?:a |an |the )?(?:(?!(?:a|an|the) )[\\w'’.-]+ ){1,2}?mandate${REST}`),
    hint: /mandate/i,
  },
  // Phenomenon: consent required from someone else, in a "with" phrase rather than "subject to".
  {
    phenomenon: "with someone's approval",
    examples: [
      "only with the approval of parliament",
      "with the consent of the Bundestag",
      "with parliament's approval",
      "with the stamp of approval of the alliance",
    ],
    counterExamples: ["met with approval", "with the support of allies"],
    re: g(
      `\\b(?:only )?with (?:the )?(?:(?:clear|full|prior|formal|explicit) )?(?:stamp of )?(?:approval|consent|authori[sz]ation|blessing) of\\s+${REST}|\\b(?:only )?with (?:the )?(?:[\\w'’]+ )?(?:parliament(?:ary)?(?:['’]s)?|Bundestag(?:['’]s)?|Congress(?:ional|['’]s)?|legislative|government(?:['’]s)?) (?:approval|consent|authori[sz]ation)${REST}`,
    ),
    hint: /approval|consent|authori|blessing/i,
  },
  {
    phenomenon: "in case of peace",
    examples: ["in case of a ceasefire"],
    counterExamples: ["in case of doubt"],
    re: g(`\\bin (?:the )?case of (?:a |an )?${PEACE}${REST}`),
    hint: /case of/i,
  },
];

/** A following sentence that states a precondition for the one before ("to do so, we must first ..."). */
export const PRECONDITION_RE = g(
  '^(?:however|but|yet|and)?,?\\s*(?:(?:to do (?:so|this|that)|for (?:this|that)(?: to happen)?|this (?:would|will|can) only)\\b[,\\s]*(.*?\\b(?:must|need|needs|have to|has to|first|require|requires|only)\\b.*?)|(?:this|that|it|such a (?:step|deployment|mission|contribution)) ((?:would |will )?(?:requires?|depends? on|depend on|hinges? on) .*?)|(?:this|that|it) (?:would|will|can|could|shall) (?:only (?:happen|take place|be possible|be done)|(?:happen|take place|be possible|be done) only) ((?:with|under|in the event of) .*?)|(?:(?:this|that|it) (?:would|will|can|could|shall) (?:only )?(?:happen|take place|be possible|be done)\\s+)?((?:only )?(?:after|once|if|when(?! it comes\\b)|provided|as soon as) .*?))["”]?(?:,?\\s*["”]?\\s*(?:the|he|she|they|[A-Z]\\w+)\\s+(?:said|says|stated|added|told)\\b.*)?[.!]?["”]?$',
);

// Reporting frames. "states" after a determiner or a group's name is the noun ("the Baltic
// states, Greece and Austria are ready ...": a list of subjects, not a speaker's frame).
const NOUN_STATES =
  "(?<!\\b(?:these|those|other|both|all|many|several|some|(?:the\\s+)?(?:member|small|neighbou?ring|allied|partner|frontline|Baltic|Nordic|Balkan|Gulf|Arab|African|EU|NATO|European|Western))\\s+)states";
const SAY = `(?:said|says|stated|${NOUN_STATES}|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|announced|announces|explained|confirmed|believes|believed|indicated|indicates|reiterated|insisted|warned|warns|clarified|argued|argues?|declared|mentioned|acknowledged|wrote|writes|continued|responded|replied|reported|reports|claimed|claims|assured|promised|underlined|underscored|signalled|signaled|suggested)`;
export const LEAD_FRAME_RE = g(`^(.{0,160}?)\\b${SAY}\\b([^"“”]{0,60}?)\\bthat\\b`);
/** "Starmer said Britain would ...": a lead frame without "that". */
export const LEAD_FRAME_BARE_RE = new RegExp(
  `^([^,"“”]{1,100}?)\\b(?:said|says|say|stated|added|noted|insisted|stressed|believes|told reporters)\\s+(?=(?:(?:the|a|an|any|its|their|this|these|those|such|his|her)\\s+)?[A-Z]|(?:the|a|an|any|its|their|this|these|those|such|we|it|they|he|she|his|her|its)\\b)`,
);
export const TRAIL_FRAME_RE = g(`(?:,|[.,]?\\s*["”»’])\\s*((?:[^,"“”]{0,90}?\\s)?)${SAY}\\b([^"“”]*)$`);
export const ACCORDING_RE = g("\\baccording to ([^,]{1,80}),");
export const AS_BY_RE = g("\\bas (?:confirmed|reported|stated|said|announced|noted) by ([^,.]{1,80})");
export const QUOTES_AS_RE = g("\\bquot(?:es|ed|ing) ([^,.]{1,60}?) as saying\\b");
export const THIS_WAS_STATED_RE = g(`^(?:this|that|it) was (?:${SAY}|stated|said) by\\b`);
export const ADDING_RE = g(",?\\s*adding(?: that|:)?\\s*");

/** Section headings after which the text is background, not this article's news. */
export const BACKGROUND_HEADING_RE = g(
  "^(?:background|context|history|reference|for reference|earlier reports?|read also|see also|related)\\s*:?$",
);
export const RECALL_HEADING_RE = g("^(?:recall|recall that|reminder|earlier|previously)\\s*:?$");
/** Labels that open a line: "Source:", "Quote:", "Details:". */
export const LINE_LABEL_RE = g(
  "^(?:source|quote(?: from [^:]{1,60})?|details|context|addition|update|background|reference|recall)\\s*:\\s*",
);
export const SOURCE_LINE_RE = g("^source\\s*:");
/**
 * A wire dateline opening the first paragraph: "OSLO, Feb 10 (Reuters) - ", "KYIV, Ukraine — ",
 * "MOSCOW (dpa) - ". The place is in capitals; a date or the agency may follow; then a dash.
 */
export const DATELINE_RE =
  /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Za-z0-9. ]{1,25}?)?\s*(?:\([^()]{1,40}\)\s*)?[-—–]{1,2}\s+(?=["“A-Z])/u;
export const EARLIER_RE = g(
  "^(?:earlier(?! (?:in the day|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening)))|previously|recall(?: that)?|let us remind|we remind|as a reminder|it will be recalled|as (?:previously |earlier )?reported|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:week|month|year))\\b",
);

/** Role words: a person described by office, and whose government speaks. */
export const ROLE_RE = g(
  "\\b(?:prime minister|president|chancellor|foreign minister|defen[cs]e minister|defen[cs]e secretary|foreign secretary|secretary of state|minister|PM|premier|leader|head of (?:state|government)|government|authorities|ministry|spokes(?:wo)?man|spokesperson|envoy|ambassador|king|office)\\b",
);
export const ROLE_NAME_RE =
  /\b(?:Prime Minister|President|Chancellor|Minister|Secretary(?: General)?|Spokes(?:wo)?man|Spokesperson|Envoy|Ambassador|Director|Commissioner|Governor|Premier|Gen\.|General|Admiral|Senator|Representative|Chief)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u;
/**
 * Phenomenon: a possessive office ("its defence minister", "its foreign ministry", "its
 * government") names no country of its own: it is the one "its" refers to.
 */
export const POSSESSIVE_OFFICE_RE = g(
  "^\\s*(?:[\\w'’-]+\\s+){0,3}?its\\s+(?:[\\w-]+\\s+){0,2}?(?:prime minister|president|chancellor|minister|ministry|premier|leader|head of (?:state|government)|government|authorities|spokes(?:wo)?man|spokesperson|envoy|ambassador|office|officials?|chief|secretary general|high representative|commissioner)\\b",
);
/**
 * Phenomenon: a plural pronoun for a coordinated subject ("The leaders of Estonia and Latvia
 * said their countries would ...", "... said that they were ready", "both governments").
 */
export const PLURAL_ANAPHOR_RE = g(
  "\\b(?:they|their (?:countries|governments|nations|states)|both (?:countries|governments|nations)|the (?:two|three|four) (?:countries|governments|nations))\\b",
);
export const PRONOUN_SPEAKER_RE = g(
  "^\\s*(?:he|she|they|the (?:president|prime minister|pm|chancellor|minister|premier|head of (?:state|government)|leader|statement|secretary general|spokes(?:wo)?man|spokesperson|government|ministry|office))\\b",
);

/** Subjects that are nobody in particular: a position needs a country. */
export const GENERIC_SUBJECT_RE = g(
  "\\b(?:countries|states|nations|allies|partners|leaders|europe|europeans|members|others|coalition|nobody|no one|everyone|many|several|some|poll|survey|majority|analysts|experts|observers|media|officials|critics|opponents|opposition|commentators|diplomats|sources|reports?)\\b",
);
export const FIRST_PERSON_RE = /\b(?:we|I|our|us|my)\b/iu;
export const THIRD_PERSON_RE = g(
  "\\b(?:it|its|they|he|she|his country|her country|the country|the government|his government|her government|their government|the authorities|its government|the state|the ministry|the bloc|the union|the alliance)\\b",
);
export const EXCLUDING_PREP_RE = g(
  "(?:\\b(?:in|into|to|with|from|between|for|against|on|at|by|than|about|along with|together with|alongside|including|such as|like|as far as|toward|towards|over|among|amid|without|via|except|besides|unlike|behind|near|within|across|through|after|before|around|during|under|upon|of)|\\band other)\\s+(?:the\\s+|a\\s+|an\\s+)?$",
);
export const ROLE_BEFORE_OF_RE = g(
  "\\b(?:prime ministers?|presidents?|chancellor|ministers?|governments?|authorities|leaders?|heads?|king|ministry|office|premier|people|contributions?|participation|involvement|offer|proposal|pledges?|commitments?)\\s+of\\s+(?:the\\s+)?$",
);
export const COORD_RE = /^\s*(?:,|and|or|as well as|, and)\s*(?:the\s+)?$/u;
/** An open question ("asked whether ...", "did not say whether ..."): no stance inside it. */
/** Hearsay: "after reports emerged that ...", "amid media reports that ...": what follows is nobody's position. */
export const HEARSAY_RE = g(
  "\\b(?:unconfirmed |media |press |news )?reports?\\s+(?:(?:have |had )?(?:emerged|surfaced|circulated|suggested|claimed|said|indicated)\\s+(?:that\\b)?|that\\b)[^;]*",
);
export const QUESTION_RE = g(
  "\\b(?:ask(?:ed|ing)?|say|said|clear|know|known|sure|question|wonder(?:ed|ing)?|unclear)\\s+(?:[\\w.]+\\s+){0,3}?whether\\b[^,]*",
);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
