/** The commitment lexicon's "troops" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";
import { AFTER_THE_FIGHTING, FORCE_JOINED_WITH_CRAFT, LED_BY_SOMEONE } from "../commitment-context";

const TROOP_NOUN =
  "(?:troops?|soldiers|servicem[ae]n|servicewom[ae]n|military personnel|boots on the ground|peace-?keepers|contingents?|garrisons?|(?:men and women|women and men) in uniform)";

export const TROOPS_PATTERNS: readonly TypePattern[] = [
  // troops: own personnel on Ukrainian soil, however it is worded
  // Phenomenon: the singular soldier of an emphatic refusal ("not a single Hungarian soldier will
  // be sent", '"not one Italian soldier" would go'): the country's troops as a whole, though a
  // singular soldier elsewhere ("a soldier was wounded") is one person, no commitment. So is "no
  // Croatian soldier would go": "no" and the country's adjective, then what the soldier will do.
  {
    type: "troops",
    id: "troops/not-a-single-soldier",
    phenomenon: "the singular soldier of an emphatic refusal",
    examples: [
      "Not a single Hungarian soldier",
      "not one Italian soldier",
      "not even one serviceman",
      "no Croatian soldier would go",
      "no Slovak soldier will set foot",
    ],
    counterExamples: [
      "a soldier was wounded",
      "no Croatian soldier was hurt",
      "no soldier would go",
      "one soldier said",
      "not a single soldier's family",
      "a single soldier's story",
    ],
    re: g(
      "\\bnot\\s+(?:even\\s+)?(?:a\\s+single|one)\\s+(?:[\\w-]+\\s+)?(?:soldier|servicem[ae]n|servicewom[ae]n|troop)\\b(?!['’])|\\bno\\s+(?:single\\s+)?[A-Z][\\w-]+\\s+(?:soldier|servicem[ae]n|servicewom[ae]n)(?=\\s+(?:will|would|shall|should|must|is going to)\\b)",
    ),
    keys: ["soldier", "servicem", "servicew", "troop"],
    weight: 1,
  },
  {
    type: "troops",
    id: "troops/troop-nouns",
    phenomenon: "troop nouns",
    examples: [
      "boots on the ground",
      "send peace-keepers",
      "a contingent of 200",
      "British soldiers",
      "a small garrison in Lviv",
      "men and women in uniform",
    ],
    counterExamples: ["a peace deal", "a troupe of dancers", "men and women in the street"],
    re: g(`\\b${TROOP_NOUN}\\b`),
    keys: [
      "troop",
      "soldier",
      "servicem",
      "servicew",
      "personnel",
      "boots",
      "peace",
      "contingent",
      "garrison",
      "uniform",
    ],
    weight: 1,
  },
  // Phenomenon: the refusal idiom "not a single soldier" names troops in the singular.
  {
    type: "troops",
    id: "troops/a-single-soldier",
    phenomenon: "a single soldier, in the refusal idiom",
    examples: ["will not send a single soldier", "not one single soldier", "not even one soldier"],
    counterExamples: ["a soldier was wounded", "the soldiering life"],
    re: g("\\b(?:a single|one single|even one) soldier\\b"),
    keys: ["soldier"],
    weight: 1,
  },
  {
    type: "troops",
    id: "troops/own-forces-offered",
    phenomenon: "a country's own forces put at the mission's disposal",
    examples: ["stand ready to provide their forces", "will contribute its own forces", "send our forces"],
    counterExamples: ["provide their forces with ammunition", "train their forces"],
    re: g(
      "\\b(?:provid|contribut|send|sent|deploy|commit|offer|put)\\w*\\s+(?:their|its|our|his|her)\\s+(?:own\\s+)?forces\\b(?!\\s+with\\b)",
    ),
    keys: ["forces"],
    weight: 1,
  },
  {
    type: "troops",
    id: "troops/a-peacekeeping-force-or-mission",
    phenomenon: "a peacekeeping force or mission",
    examples: [
      "a peacekeeping mission",
      "peacekeeping forces",
      "peacekeeping activities",
      "peacekeeping arrangements",
      "a peacekeeping deployment",
    ],
    counterExamples: ["peacekeeping talks"],
    re: g(
      "\\bpeace-?keeping (?:troops|forces?|mission|contingent|force|operations?|activit(?:y|ies)|arrangements?|role|duties|efforts?|deployments?|presence|units?|personnel)s?\\b",
    ),
    keys: ["peace"],
    weight: 1,
  },
  {
    type: "troops",
    id: "troops/a-named-multinational-force",
    phenomenon: "a named multinational force",
    examples: [
      "a reassurance force",
      "a multinational force",
      "European forces",
      "a tripwire force",
      "a deterrence force",
      "a foreign force",
      "Western forces",
    ],
    counterExamples: ["air forces", "the force of the argument", "foreign-policy force"],
    re: g(
      "\\b(?:reassurance|multinational|stabili[sz]ation|security|ground|international|European|peace|tripwire|trip-wire|deterrence|deterrent|protection|foreign|Western) forces?\\b",
    ),
    unless: FORCE_JOINED_WITH_CRAFT.re,
    keys: ["force"],
    weight: 1,
  },
  // Phenomenon: taking part in a force named by its article alone ("contribute to a force in
  // Ukraine", "take part in the future force"): a contribution of troops. Not "join forces with",
  // an air force, a task force or "the force of the argument", nor a mission whose relative clause
  // or participle says what it does instead ("a mission that monitors the ceasefire", "which would
  // train ...", "a mission monitoring any ceasefire"), nor a mission over Ukraine's skies or
  // airspace (an air mission: air/a-mission-in-ukraines-airspace).
  {
    type: "troops",
    id: "troops/taking-part-in-a-force-or-mission",
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
      "joining a maritime mission",
      "contribute to an aerial reassurance mission",
      "join a mission that monitors the ceasefire",
      "take part in a mission which would train Ukrainian recruits",
      "contribute to a mission monitoring any ceasefire",
      "take part in any mission over Ukrainian airspace",
      "join a mission above Ukraine's skies",
    ],
    re: g(
      "\\b(?:contribut\\w*\\s+to|join\\w*|participat\\w*\\s+in|(?:take|takes|taking|took)\\s+part\\s+in|part\\s+of)\\s+(?:an?|the|any|such an?|this|that)\\s+(?:(?!(?:air|aerial|naval|maritime|sea|demining|mine-?clearing|escort|task|police|labou?r|work|driving|EU|training|monitoring|observer|trade|fact-finding|diplomatic|rescue|space|humanitarian|civilian|advisory|medical)\\b)[\\w-]+\\s+){0,2}?(?:force|mission)\\b(?!\\s+(?:of|for good|to)\\b)(?!,?\\s+(?:(?:that|which)\\s+(?:(?:will|would)\\s+)?)?(?:monitor|verif|observ|train|patrol|polic|clear|escort)\\w*)(?!\\s+(?:over|above)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+)?(?:skies|sky|airspace)\\b)",
    ),
    unless: FORCE_JOINED_WITH_CRAFT.re,
    keys: ["force", "mission"],
    weight: 0.9,
  },
  // Phenomenon: joining or contributing to the coalition of the willing once the fighting stops
  // ("pledged to contribute to the coalition once a truce is agreed", "will join the coalition of
  // the willing after a peace deal"): joining the force that deploys then, a contribution of
  // troops. Joining the coalition with no such time names no type of its own (the coalition
  // also plans, funds and trains); what the country says it will give is read as that. Not a
  // capability coalition named by what it gives ("the drone coalition", "the coalition of air
  // force capabilities"), nor a coalition government.
  {
    type: "troops",
    id: "troops/joining-the-coalition-of-the-willing",
    phenomenon: "joining or contributing to the coalition of the willing",
    examples: [
      "pledged to contribute to the coalition once a truce is agreed",
      "will join the coalition of the willing",
      "may yet become part of a coalition of the willing",
      "taking part in the so-called coalition of the willing",
    ],
    counterExamples: [
      "join the drone coalition",
      "contributing to the coalition of air force capabilities",
      "join the coalition government",
      "joined the coalition talks in Paris",
      "the coalition of the willing met in Paris",
    ],
    re: g(
      "\\b(?:contribut\\w*\\s+to|join\\w*|participat\\w*\\s+in|(?:take|takes|taking|took)\\s+part\\s+in|(?:be|become|becoming)\\s+part\\s+of)\\s+(?:an?|the|this|that)\\s+(?:so-called\\s+)?[“\\x22‘']?coalition(?:\\s+of\\s+the\\s+willing\\b|(?![\\w-]|\\s+(?:of|government|partner|talks|meeting|summit|leaders)\\b))",
    ),
    keys: ["coalition"],
    weight: 0.8,
    requires: AFTER_THE_FIGHTING.re,
  },
  // Phenomenon: a force or mission named by who leads it ("a UN-led mission", "a European-led
  // force", "a British-led operation"): a deployment on the ground.
  {
    type: "troops",
    id: "troops/a-force-or-mission-named-by-its-lead",
    phenomenon: "a force or mission named by its lead",
    examples: ["a UN-led mission", "a European-led force", "the British-led operation", "a coalition-led contingent"],
    counterExamples: ["a UN-led inquiry", "a US-led mission to Mars"],
    re: g(
      "\\b(?:UN|U\\.N\\.|United Nations|European|EU|NATO|coalition|multinational|Franco-British|British|French|UK|U\\.K\\.)[\\s-]led (?:force|mission|operation|contingent)s?\\b",
    ),
    keys: ["force", "mission", "operation", "contingent"],
    weight: 0.8,
    requires: LED_BY_SOMEONE.re,
  },
  {
    type: "troops",
    id: "troops/a-military-presence",
    phenomenon: "a military presence",
    examples: [
      "a military presence",
      "military forces on the ground",
      "any NATO presence",
      "a Western military presence",
      "a foreign military intervention",
      "a rotational presence",
      "a ground presence",
    ],
    counterExamples: ["a military parade", "a NATO summit", "foreign intervention in the elections"],
    re: g(
      "\\bmilitary (?:forces? on the ground|presence|contingent|mission in Ukraine)\\b|\\b(?:rotational|persistent|forward|ground|troop|boots-on-the-ground) presence\\b|\\b(?:NATO|Western|foreign|allied|European) (?:military |troop )?presence\\b|\\b(?:NATO|Western|foreign|allied|European) military intervention\\b",
    ),
    keys: ["military", "presence"],
    weight: 1,
  },
  // Phenomenon: military assistance or support deployed ("ready to deploy flexible military
  // assistance on Ukrainian soil"): what is deployed is a presence on the ground, not weapons
  // handed over.
  {
    type: "troops",
    id: "troops/deploying-military-assistance",
    phenomenon: "military assistance or support deployed",
    examples: ["deploy flexible and sizeable military assistance", "deploying “robust military support"],
    counterExamples: ["provide military assistance", "deploy funds for military assistance to buy"],
    re: g(
      "\\bdeploy\\w*\\s+(?:[“\\x22‘]?(?!for\\b)[\\w-]+[”\\x22’]?\\s+){0,3}?[“\\x22‘]?(?:military|security) (?:assistance|support|aid)\\b",
    ),
    keys: ["deploy"],
    weight: 0.8,
  },
  {
    type: "troops",
    id: "troops/a-security-or-stabilisation-mission",
    phenomenon: "a security or stabilisation mission",
    examples: ["a security mission", "a stabilisation operation"],
    // a mission in the air or at sea is air or maritime; one whose purpose is to monitor, verify
    // or observe a truce is monitoring, as a mission that monitors it is
    // (troops/taking-part-in-a-force-or-mission)
    counterExamples: [
      "a rescue mission",
      "a Black Sea security mission",
      "a naval security operation",
      "an aerial reassurance mission",
      "an air security mission",
      "a multinational mission to monitor a ceasefire",
      "a security mission that would verify the truce",
    ],
    re: g(
      "(?<!\\b(?:sea|maritime|naval|air|aerial) )\\b(?:security|military|stabili[sz]ation|reassurance|multinational|peace(?:keeping)?) (?:mission|operation)\\b(?!\\s+(?:to|that|which)\\s+(?:(?:will|would|could)\\s+)?(?:monitor|verif|observ|oversee|supervis)\\w*)",
    ),
    keys: ["mission", "operation"],
    weight: 0.8,
  },
  {
    type: "troops",
    id: "troops/the-presence-of-troops",
    phenomenon: "the presence of troops",
    examples: ["the presence of foreign troops", "presence of forces"],
    counterExamples: ["the presence of mind"],
    re: g("\\bpresence of (?:\\w+ )?(?:troops|forces|soldiers)\\b"),
    keys: ["presence"],
    weight: 1,
  },
  {
    type: "troops",
    id: "troops/deploying-units-or-personnel",
    phenomenon: "deploying units or personnel",
    examples: [
      "deploying forces",
      "send two battalions",
      "dispatching Self-Defense Forces personnel",
      "send a unit",
      "send a platoon",
      "contribute a detachment of military engineers",
      "offer a company of paratroopers",
      "commit a battlegroup",
      "could contribute smaller units",
    ],
    counterExamples: [
      "send armed forces a letter",
      "deploy resources",
      "contribute a company car",
      "offer units of blood",
      "pledged to equip Ukrainian brigades",
      // air-defence units guard the sky: air (air/air-defence-units-deployed)
      "deploy air-defence units",
      "station air defence units",
      "contribute two air-defence units",
    ],
    re: g(
      "\\b(?:deploy|send|station|put|dispatch)\\w*\\s+(?:(?!armed|air\\b|air-defen[cs]e\\b)[\\w-]+\\s+){0,3}?(?:forces|personnel|units?|battalions?|brigades?|compan(?:y|ies)|contingents?|platoons?|detachments?|regiments?|battle ?groups?|squads?)\\b|\\b(?:contribut|commit|offer|pledg)\\w*\\s+(?:(?!(?:armed|Ukrain\\w*|Kyiv\\w*|train\\w*|equip\\w*|arm|fund\\w*|financ\\w*|pay|air|air-defen[cs]e)\\b)[\\w-]+\\s+){0,3}?(?:units?(?!\\s+of\\b)|battalions?|brigades?|compan(?:y|ies) of|contingents?|platoons?|detachments?|regiments?|battle ?groups?)\\b",
    ),
    keys: [
      "forces",
      "personnel",
      "unit",
      "battalion",
      "brigade",
      "compan",
      "contingent",
      "platoon",
      "detachment",
      "regiment",
      "battle",
      "squad",
    ],
    weight: 1,
  },
  // Phenomenon: personnel or forces "on the ground" ("that includes personnel on the ground",
  // "forces on the ground in Ukraine"): boots on the ground in other words. Not the situation or
  // aid workers on the ground; forces placed in another country are set aside as any troop noun.
  // The nominal style of translated copy names the country's part itself so ("a Dutch
  // contribution on the ground is not ruled out", "German participation on the ground").
  {
    type: "troops",
    id: "troops/personnel-on-the-ground",
    phenomenon: "personnel or forces on the ground",
    examples: [
      "that includes personnel on the ground",
      "forces on the ground in Ukraine",
      "military units on the ground",
      "a Dutch contribution on the ground",
      "German participation on the ground",
      "any involvement on the ground",
    ],
    counterExamples: [
      "the situation on the ground",
      "humanitarian staff on the ground",
      "facts on the ground",
      "a contribution on the groundwork",
    ],
    re: g("\\b(?:personnel|forces|units|contributions?|participation|involvement)\\s+on\\s+the\\s+ground\\b"),
    keys: ["ground"],
    weight: 1,
  },
  // Phenomenon: military officers sent to staff a headquarters or a mission ("send staff
  // officers to the coalition's headquarters in Kyiv", "second liaison officers to the force"):
  // the country's own personnel, troops where they go to Ukraine (placed elsewhere they are not,
  // as for any troop noun). Not police, customs or intelligence officers, nor Ukraine's officers
  // trained abroad.
  {
    type: "troops",
    id: "troops/officers-sent",
    phenomenon: "military officers sent to staff a headquarters or mission",
    examples: [
      "send staff officers to the coalition's headquarters",
      "deploy liaison officers to the force",
      "will contribute military officers",
      "second a dozen army officers to the mission",
      "send a small number of officers to a coalition headquarters",
    ],
    counterExamples: [
      "send police officers",
      "deploy customs officers at the border",
      "intelligence officers said",
      "staff officers met in Paris",
      "send a few police officers to the mission",
    ],
    re: g(
      "\\b(?:deploy|send|sent|station|dispatch|second|assign|contribut|provid|offer|commit)\\w*\\s+(?:(?!police|customs|intelligence|border)[\\w-]+\\s+){0,2}?(?:staff|military|army|liaison|planning)\\s+officers\\b|\\b(?:deploy|send|sent|station|dispatch|second|assign)\\w*\\s+(?:(?!police|customs|intelligence|border)[\\w-]+\\s+){0,4}?officers\\s+to\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:headquarters|HQ|command|force)\\b",
    ),
    keys: ["officers"],
    weight: 0.9,
  },
  // Phenomenon: military specialists sent ("a team of military engineers to rebuild bridges in
  // Ukraine", "military medics to a field hospital in western Ukraine", "sappers"): the country's
  // own personnel on Ukrainian soil as any troop noun is. The speciality needs its military word
  // (engineers or doctors alone may be civilians), and Ukraine's own specialists trained abroad
  // are trainees, not sent.
  {
    type: "troops",
    id: "troops/military-specialists-sent",
    phenomenon: "military specialists sent: engineers, medics, sappers",
    examples: [
      "send a team of military engineers to help rebuild bridges",
      "ready to send military medics to a field hospital",
      "will deploy sappers",
      "offered army doctors and combat medics",
    ],
    counterExamples: [
      "send engineers to repair the power grid",
      "train Ukrainian military engineers",
      "military medics treated the wounded",
      "send doctors to Lviv",
    ],
    re: g(
      "\\b(?:deploy|send|sent|station|dispatch|second|contribut|provid|offer|commit)\\w*\\s+(?:(?!Ukrain)[\\w-]+\\s+){0,4}?(?:(?:military|army|combat|field)\\s+(?:engineers|medics|doctors|surgeons|nurses|paramedics|police|signallers)|sappers)\\b",
    ),
    keys: ["engineers", "medics", "doctors", "surgeons", "nurses", "paramedics", "police", "signallers", "sappers"],
    weight: 0.9,
  },
  // Phenomenon: a country's "armed forces" sent to Ukraine ("will not send the Czech Armed
  // Forces to Ukraine", "armed forces would be deployed in Ukraine"). "Armed forces" alone is
  // the institution ("the head of the armed forces said") or Ukraine's own army, so the
  // deployment verb and the destination must both be there, and Ukraine's forces never count.
  {
    type: "troops",
    id: "troops/armed-forces-deployed-to-ukraine",
    phenomenon: "armed forces deployed to Ukraine",
    examples: [
      "send the Czech Armed Forces to Ukraine",
      "deploy our armed forces in Ukraine",
      "contribute armed forces to a mission in Ukraine",
      "armed forces would be stationed on Ukrainian soil",
      "send its military to Ukraine",
    ],
    counterExamples: [
      "send armed forces a letter",
      "the head of the armed forces said",
      "deploy Ukraine's armed forces to the front",
      "station its armed forces at home",
      "armed forces were deployed along the Latvian border",
      "strengthen the Ukrainian armed forces in Ukraine",
      "send its military aid to Ukraine",
    ],
    re: g(
      "(?:\\b(?:send|sent|deploy|station|dispatch|contribut)\\w*\\s+(?:(?:(?!Ukrain|Kyiv)[\\w'’-]+\\s+){0,3}?armed forces|(?:its|their|our|his|her|the country's|the country’s)\\s+(?:own\\s+)?military)|\\barmed forces\\s+(?:(?:will|would|could|may|might|can|are|were|is|be|been|being|not|never|to)\\s+){0,3}(?:sent|deployed|stationed|dispatched))\\s+(?:to|in|into|on)\\s+(?:(?:the\\s+)?(?:territory|soil)\\s+of\\s+)?(?:(?:a|an|the|any)\\s+(?:[\\w-]+\\s+){0,2}?(?:mission|force)\\s+in\\s+)?(?:Ukraine\\b|Ukrainian (?:soil|territory)\\b|Kyiv\\b)",
    ),
    keys: ["armed forces", "military"],
    weight: 1,
  },
  // a unit named by its arm: "an infantry company", "a combat battalion", "a mechanised brigade"
  {
    type: "troops",
    id: "troops/a-combat-unit",
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
    id: "troops/presence-on-ukrainian-soil",
    phenomenon: "presence on Ukrainian soil",
    examples: ["operate on Ukrainian territory", "be present on Ukraine's soil"],
    counterExamples: ["operate on Polish territory"],
    re: g("\\b(?:operat\\w+|be present|presence) on (?:the )?(?:Ukrainian|Ukraine's) (?:territory|soil)\\b"),
    keys: ["territory", "soil"],
    weight: 0.8,
  },
  {
    type: "troops",
    id: "troops/a-deployment-vague",
    phenomenon: "a deployment (vague)",
    examples: ["the deployment", "deploying"],
    counterExamples: ["deployable"],
    re: g("\\b(?:deployment|deploying)\\b"),
    keys: ["deploy"],
    weight: 0.5,
  },
];

/** Nouns for troops owned by a country ("Italian troops"), to find whose troops they are. */
export const OWNED_FORCE_RE = g(`\\b(?:${TROOP_NOUN}|forces|army|military)\\b`);
