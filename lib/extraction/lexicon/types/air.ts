/** The commitment lexicon's "air" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const AIR_PATTERNS: readonly TypePattern[] = [
  // air: air policing, air defence, a sky shield
  {
    type: "air",
    id: "air/air-defence-over-ukraine",
    phenomenon: "air defence over Ukraine",
    // "responsibility for air defence over western Ukraine": defence over Ukraine is the mission,
    // whatever comes before it
    examples: ["air defence", "air-defense", "take on responsibility for air defence over western Ukraine"],
    // systems delivered are arms, and the crews trained to run them training; Ukraine's own air
    // defence, what money is for and what is strengthened are arms (arms/ukraines-air-defence)
    counterExamples: [
      "air defence systems",
      "air defence missiles",
      "air-defence deliveries",
      "air defence batteries",
      "a second air defence battery",
      "Ukrainian air-defence crews",
      "strengthen Ukraine's air defence",
      "300 million euros for air defence",
    ],
    re: g(
      "\\bair[\\s-]defen[cs]e\\s+(?:over|above)\\s+(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukrain|Kyiv|Kiev)\\w*|(?<!\\b(?:(?:Ukraine|Kyiv|Kiev)['’]s|Ukrainian|for)\\s)(?<!\\b(?:strengthen|bolster|boost|reinforce|improve|expand)\\s+its\\s)\\bair[\\s-]defen[cs]e\\b(?! (?:missiles|units|systems?|forces|deliveries|supplies|batteries|equipment|interceptors|launchers|radars?|components|packages?|ammunition|crews|operators|specialists|personnel|troops|battery)\\b)",
    ),
    keys: ["air"],
    weight: 1,
  },
  {
    type: "air",
    id: "air/air-policing-and-cover",
    // Phenomenon: American air cover for a European force is the US backstop
    // (backstop/us-support-for-a-european-force), not an air contribution of its own.
    phenomenon: "air policing and cover",
    examples: [
      "air policing",
      "air cover",
      "an air shield",
      "air patrols",
      "provide air security",
      "aerial policing",
      "aerial patrols",
      "an aerial reassurance mission",
      "an air protection operation",
      "fighter cover for the reassurance force",
      "the air pillar of the coalition's guarantees",
      "fly patrols over Ukraine",
      "flying sorties above western Ukraine",
    ],
    counterExamples: [
      "airport",
      "airport security",
      "aerial surveillance",
      "aerial photographs",
      "fly missions to Mars",
      "patrols over the weekend",
      "American air cover for the European mission",
    ],
    re: g(
      "\\bfighter\\s+(?:cover|escorts?|patrols?)\\b|\\bair[\\s-](?:policing|cover|component|pillar|mission|umbrella|shield|patrols?|security)\\b(?!(?<=\\b(?:US|U\\.S\\.|American|America['’]s|Washington['’]s)\\s+air[\\s-]cover)\\s+for\\s+(?:an?|the|any)\\s+(?:European|coalition|multinational)\\b)|\\baerial (?:policing|patrols?|cover|protection|defen[cs]e|umbrella|shield)\\b|\\b(?:air|aerial) (?:reassurance|protection|security|defen[cs]e|policing) (?:mission|operation)s?\\b|\\b(?:fly|flying|flown|flies|flew)\\s+(?:[\\w-]+\\s+)?(?:patrols|sorties|missions)\\s+(?:over|above)\\s+(?:the\\s+skies\\s+of\\s+)?(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukrain|Kyiv|Kiev)\\w*",
    ),
    keys: ["air", "aerial", "fly", "flying", "flown", "flies", "flew", "fighter"],
    weight: 1,
  },
  {
    type: "air",
    id: "air/a-sky-shield-or-no-fly-zone",
    phenomenon: "a sky shield or no-fly zone",
    examples: ["sky shield", "no-fly zone"],
    counterExamples: ["sky-high prices"],
    re: g("\\bsky[\\s-]?shield\\b|\\bno[\\s-]fly zone\\b"),
    keys: ["sky", "fly"],
    weight: 1,
  },
  {
    type: "air",
    id: "air/protecting-the-skies",
    phenomenon: "protecting the skies",
    examples: [
      "protect Ukraine's skies",
      "secure the airspace",
      "close the sky",
      "help close Ukraine's skies",
      "a mission to guard Ukrainian airspace",
      "help safeguard the skies over Ukraine",
      "keep Ukraine's skies safe",
      "help keep watch over Ukrainian airspace",
      "help shield the skies over Kyiv",
    ],
    // Phenomenon: Ukraine helped to protect its own sky ("hand over launchers to help Ukraine
    // protect its skies", "so that Kyiv can defend its airspace") is Ukraine's own air defence,
    // what the donor gives for it arms (labelling conventions), not the donor's air role.
    counterExamples: [
      "the sky is clear",
      "keep an eye on prices",
      "to help Ukraine protect its skies",
      "enabling Kyiv to defend its airspace",
      "so that Ukraine can protect its skies",
      "to protect its own airspace",
      "defend our own skies",
      "to help Ukraine shield its skies",
    ],
    re: g(
      "(?<!\\b(?:help|helps|helping|helped|enabl\\w*|allow\\w*|assist\\w*|so that|so)\\s+(?:Ukraine|Kyiv|Kiev|Ukrainians|the Ukrainians)\\s+(?:to\\s+|can\\s+|could\\s+|will\\s+)?(?:better\\s+)?)\\b(?:protect|patrol|secur|police|control|defend|clos|guard|safeguard|keep|shield)\\w*\\s+(?:watch\\s+(?:over|on)\\s+)?(?!(?:its|our|their|his|her)\\s+own\\b)(?!(?!Ukrainian\\b)[a-z]+(?:an|ish|ese|ch|ic)\\s+(?:skies|sky|airspace)\\b)(?:[\\w'’-]+\\s+){0,2}?(?:skies|sky|airspace)\\b",
    ),
    keys: ["sky", "skies", "airspace"],
    weight: 1,
  },
  {
    type: "air",
    id: "air/fighter-jets",
    phenomenon: "fighter jets",
    examples: ["fighter jets", "fighter aircraft"],
    // jets named by their model are handed over as arms ("30 F-16 fighter jets"), not an air mission
    counterExamples: ["freedom fighters", "F-16 fighter jets", "Gripen fighter jets"],
    re: g(
      "(?<!\\b(?:[A-Z]{1,3}-?\\d{1,3}[A-Z]?|Gripen|Mirage|Rafale|Typhoon|Eurofighter)s?\\s)\\bfighter (?:jets?|aircraft)\\b",
    ),
    keys: ["fighter"],
    weight: 0.6,
  },
  // Phenomenon: aircraft named as what is deployed or provided ("deploy four aircraft", "the use
  // of US aircraft", "contribute planes to the mission"). Not aircraft handed over as arms
  // ("delivered F-16 jets"), cargo or transport aircraft (logistics), reconnaissance or
  // surveillance aircraft (intelligence), aircraft carriers (maritime), anti-aircraft systems (arms).
  // Phenomenon: a country's own air-defence units or crews deployed to guard Ukraine's sky ("deploy
  // air-defence units to protect Kyiv"): air defence by its own means. Systems handed over stay
  // arms ("send air-defence systems").
  {
    type: "air",
    id: "air/air-defence-units-deployed",
    phenomenon: "a country's own air-defence units deployed",
    examples: [
      "deploy air-defence units",
      "station air defence crews",
      "send an air-defence unit",
      "contribute air-defence crews",
    ],
    counterExamples: ["send air-defence systems", "deliver air-defence units"],
    re: g(
      "\\b(?:deploy|station|send|dispatch|contribut|provid|offer|commit)\\w*\\s+(?:(?:an?|its|their|our|some|more|two|three|several)\\s+)?air[\\s-]defen[cs]e\\s+(?:units?|crews?|teams?|detachments?)\\b",
    ),
    keys: ["defen"],
    weight: 1,
  },
  {
    type: "air",
    id: "air/aircraft-deployed-or-provided",
    phenomenon: "aircraft deployed or provided",
    examples: [
      "deploy four aircraft",
      "the use of U.S. aircraft",
      "contribute planes to the mission",
      "send fighter aircraft",
      "station warplanes in Romania",
      "provide jets for air patrols",
      "scramble jets over Ukraine",
    ],
    counterExamples: [
      "delivered F-16 jets",
      "provide F-16 jets",
      "provide additional Mirage jets",
      "send cargo aircraft",
      "deploy reconnaissance aircraft",
      "deploy an aircraft carrier",
      "send anti-aircraft systems",
      "planes landed in Rzeszow",
    ],
    re: g(
      "\\b(?:deploy|station|contribut|commit|dispatch|send|sent|provid|offer|use of|fly|flying|flown|scrambl)\\w*\\s+(?:(?!(?:cargo|transport|reconnaissance|surveillance|spy|[a-z]{1,3}-?\\d+|Mirage|Rafale|Gripen|Typhoon|Eurofighter|Tornado|Harrier|Hawk|Alpha)\\b)[\\w.-]+\\s+){0,3}?(?:aircraft|planes|warplanes|jets)\\b(?!\\s+carriers?\\b)",
    ),
    keys: ["aircraft", "plane", "jet"],
    weight: 0.8,
  },
  // Phenomenon: aircraft placed in Ukraine's sky ("we want European jets in our skies", "allied
  // planes over Ukrainian airspace", "jets patrolling its skies"): air policing named by where the
  // aircraft are, not by a verb of sending. The sky must be Ukraine's or a possessive's (our, its,
  // their), or Ukraine itself after "over" ("NATO aircraft over Ukraine"), not another country's
  // ("in Polish skies", "over Poland"); jets named by their model
  // are handed over as arms.
  {
    type: "air",
    id: "air/aircraft-in-ukraines-skies",
    phenomenon: "aircraft placed in Ukraine's skies",
    examples: [
      "European jets in our skies",
      "allied planes over Ukrainian airspace",
      "jets patrolling its skies",
      "fighter aircraft in Ukraine's skies",
      "any NATO aircraft over Ukraine",
      "jets above western Ukraine",
    ],
    counterExamples: [
      "jets in Polish skies",
      "planes over Poland",
      "F-16 jets in our skies",
      "jets in the sky over Rzeszow",
      "planes over Ukraine's border",
      "jets in Ukraine",
    ],
    re: g(
      "(?<!\\b(?:[a-z]{1,3}-?\\d+|Mirage|Rafale|Gripen|Typhoon|Eurofighter|F-16|F-35)s?\\s)\\b(?:aircraft|planes|warplanes|jets|fighters)\\s+(?:(?:patrolling|flying|policing|guarding|protecting)\\s+|(?:in|over|above)\\s+)(?:(?:our|its|their|Ukraine['’]s|Ukrainian|the Ukrainian)\\s+(?:skies|sky|airspace)\\b|(?<=\\b(?:over|above)\\s+)(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukraine|Kyiv|Kiev)\\b(?!['’]s))",
    ),
    keys: ["aircraft", "plane", "jet", "fighter"],
    weight: 0.9,
  },
  // Phenomenon: aircraft flying or placed over Ukraine itself ("Rafale jets could fly over western
  // Ukraine", "any French jets over Ukraine would be shot down", "warplanes patrolling above
  // Kyiv", also by model and refused or in its skies: "F-16s will not fly over Ukraine", "jets in
  // the skies over Kyiv"): air policing by the country's own means, whatever the model, since jets handed over
  // are delivered to Ukraine, not flown over it. Not aircraft over another country ("jets over
  // Poland"), nor Ukraine's future or fate ("fighters over Ukraine's future" is a dispute).
  {
    type: "air",
    id: "air/aircraft-over-ukraine",
    phenomenon: "aircraft flying or placed over Ukraine",
    examples: [
      "Rafale jets could fly over western Ukraine",
      "any French jets over Ukraine",
      "warplanes patrolling above Kyiv",
      "Gripen fighters would operate over Ukrainian territory",
      "F-16s will not fly over Ukraine",
      "F-35s would patrol the skies over eastern Ukraine",
      "jets in the skies over Kyiv",
    ],
    counterExamples: [
      "jets over Poland",
      "planes flew over the Baltic",
      "a row among allies over Ukraine's jets",
      "jets over Ukraine's future",
      "F-16 jets delivered to Ukraine",
      "F-16s will fly over Romania",
      "jets in the skies over Poland",
      "F-16s for Ukraine",
    ],
    re: g(
      "\\b(?:aircraft|planes|warplanes|jets|fighters|F-\\d{2}s|Gripens|Rafales|Typhoons|Eurofighters|Mirages)\\s+(?:(?:could|would|will|can|might|may|to|should)\\s+(?:not\\s+|never\\s+)?)?(?:(?:fly|flying|flown|flies|patrol\\w*|operat\\w*|polic\\w*)\\s+)?(?:(?:in|into)\\s+)?(?:the\\s+(?:skies|sky|airspace)\\s+)?(?:over|above)\\s+(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukraine\\b(?!['’])|Ukrainian\\s+(?:territory|cities|skies|airspace|soil)\\b|Kyiv\\b(?!['’])|Kiev\\b(?!['’]))",
    ),
    keys: ["aircraft", "plane", "jet", "fighter", "f-", "gripens", "rafales", "typhoons", "eurofighters", "mirages"],
    weight: 0.9,
  },
  // Phenomenon: a mission, patrols or sorties placed in Ukraine's airspace ("take part in any
  // mission over Ukrainian airspace", "patrols in the skies of western Ukraine"): air policing
  // named by where it flies. Not another country's airspace ("missions over Polish airspace"),
  // nor Ukraine's own ("its airspace" after Ukraine is Ukraine's own defence, so only Ukraine
  // named counts).
  {
    type: "air",
    id: "air/a-mission-in-ukraines-airspace",
    phenomenon: "a mission, patrols or sorties in Ukraine's airspace",
    examples: [
      "any mission over Ukrainian airspace",
      "patrols in the skies of western Ukraine",
      "sorties above Ukraine's airspace",
      "an operation in Ukrainian skies",
    ],
    counterExamples: ["missions over Polish airspace", "patrols over its airspace", "a mission in Ukraine"],
    re: g(
      "\\b(?:missions?|operations?|patrols?|sorties)\\s+(?:over|above|in|into)\\s+(?:(?:Ukrainian|Ukraine['’]s)\\s+(?:skies|sky|airspace)|the\\s+(?:skies|airspace)\\s+(?:of|over|above)\\s+(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukraine|Kyiv|Kiev))\\b",
    ),
    keys: ["skies", "sky", "airspace"],
    weight: 1,
  },
  // Phenomenon: jets named by their model committed to the force or a mission ("contribute F-35
  // jets to the force", "assign four Gripens to the mission"): the jets fly for the force, an air
  // contribution, where jets handed over by model are arms ("provide F-16 jets to Ukraine"). Not a
  // jet coalition (a capability coalition: arms), nor Ukraine's air force.
  {
    type: "air",
    id: "air/jets-by-model-committed-to-a-mission",
    phenomenon: "jets named by their model committed to the force or a mission",
    examples: [
      "contribute F-35 jets to the force",
      "assign four Gripens to the mission",
      "commit Rafale fighters to the reassurance force",
      "send two Typhoons for the air mission",
    ],
    counterExamples: [
      "provide F-16 jets to Ukraine",
      "send F-16s to the Ukrainian air force",
      "contribute F-16s to the jet coalition",
      "deliver Mirage jets to the air force of Ukraine",
    ],
    re: g(
      "\\b(?:contribut|commit|assign|deploy|send|sent|dispatch|offer|provid|lend|lent)\\w*\\s+(?:[\\w-]+\\s+){0,2}?(?:[A-Z]{1,3}-?\\d{1,3}[A-Z]?s?|Gripens?|Rafales?|Typhoons?|Eurofighters?|Mirages?)(?:\\s+(?:jets|fighters|fighter jets|aircraft|planes|warplanes))?\\s+(?:to|for)\\s+(?:the|a|an|any|this|that|such\\s+a)\\s+(?:(?!air\\s+force\\b|Ukrain)[\\w-]+\\s+){0,3}?(?:force|mission|operation|patrols?|policing)\\b",
    ),
    keys: ["force", "mission", "operation", "patrol", "policing"],
    weight: 0.9,
  },
  // an air contribution named by its means: "aviation", "air and naval capabilities", "air assets"
  {
    type: "air",
    id: "air/air-means-named-as-a-contribution",
    phenomenon: "air means named as a contribution",
    examples: ["aviation", "air and naval capabilities", "air assets"],
    // a capability coalition builds Ukraine's own air force (arms/joining-a-capability-coalition)
    // Phenomenon: American air power put behind a European force is the US backstop
    // (backstop/us-power-behind-a-force), not an air contribution.
    counterExamples: [
      "airline tickets",
      "air quality",
      "through the aviation coalition",
      "the air force capability coalition",
      "US air power behind any European contingent",
      "Washington will put its air power behind a European force",
      "American air power for a European force",
    ],
    re: g(
      "\\b(?:military )?aviation\\b(?!\\s+(?:capability\\s+)?coalition)|\\bair (?:and (?:naval|sea|maritime) )?(?:capabilit(?:y|ies)|assets|power)\\b(?!\\s+coalition)(?!(?<=\\b(?:US|U\\.S\\.|American|America['’]s|Washington['’]s)\\s+air\\s+power|\\b(?:US|U\\.S\\.|United States|Washington|America|Pentagon)\\b[^.;]{0,80}?\\bits\\s+air\\s+power)(?:\\s+(?:[\\w-]+\\s+){0,2}?behind\\b|\\s+for\\s+(?:an?|the|any)\\s+(?:European|coalition|multinational)\\b))",
    ),
    keys: ["aviation", "air"],
    weight: 0.9,
  },
  // the air domain named beside the sea as where a contribution goes: "help with air and naval
  // security", "contribute at sea or in the air"
  {
    type: "air",
    id: "air/air-domain-beside-the-sea",
    phenomenon: "the air domain named beside the sea as a contribution",
    examples: [
      "air and naval defence",
      "ships and jets, in the air or at sea",
      "at sea and in the air",
      "air and maritime security",
    ],
    counterExamples: ["change is in the air", "air and maritime transport", "air and sea travel"],
    re: g(
      "\\bair and (?:naval|sea|maritime) (?:defen[cs]e|security|domains?)\\b|\\bin the air,? (?:and|or) (?:at|on the) sea\\b|\\bat sea,? (?:and|or) in the air\\b",
    ),
    keys: ["air"],
    weight: 0.9,
  },
  {
    type: "air",
    id: "air/air-support",
    phenomenon: "air support",
    examples: ["air support", "support from the air", "British air support for the European force"],
    // Phenomenon: American air support for a European force, or one the force cannot do without,
    // is the US backstop (backstop/us-support-for-a-european-force), not an air contribution.
    counterExamples: [
      "hair support",
      "US air support for a European force",
      "would be meaningless without US air support",
    ],
    re: g(
      "(?<!\\bwithout\\s+(?:an?\\s+)?(?:US|U\\.S\\.|American|America['’]s|Washington['’]s)\\s+)\\bair support\\b(?!(?<=\\b(?:US|U\\.S\\.|American|America['’]s|Washington['’]s)\\s+air support)\\s+(?:for|to|behind)\\s+(?:an?|the|any)\\s+(?:European|coalition|multinational)\\b)|\\bsupport (?:from|by) (?:the )?air\\b",
    ),
    keys: ["air"],
    weight: 0.8,
  },
  // Phenomenon: air defence told by what it does over Ukraine ("shoot down Russian drones over
  // western Ukraine", "help intercept missiles over Ukrainian territory", "the interception of
  // drones in Ukraine's airspace"): the country's own means in Ukraine's sky. Not the war's
  // strikes, nor what a country downs over its own territory ("over Poland").
  {
    type: "air",
    id: "air/shooting-down-over-ukraine",
    phenomenon: "shooting down or intercepting missiles and drones over Ukraine",
    examples: [
      "shoot down Russian drones over western Ukraine",
      "help intercept missiles over Ukrainian territory",
      "the interception of drones above Ukraine",
      "downing Shahed drones over Ukraine's western regions",
      "help shoot down Russian missiles and drones over western Ukraine",
      "intercepting cruise missiles or Shahed drones above Kyiv",
    ],
    counterExamples: [
      "shot down drones over Poland",
      "shoot down missiles and drones over Poland",
      "Russian missiles were fired at Ukraine",
      "intercept missiles for Ukraine",
    ],
    re: g(
      "\\b(?:shoot(?:s|ing)?\\s+down|shot\\s+down|intercept(?:s|ed|ing|ion\\s+of)?|down(?:s|ed|ing))\\s+(?:[\\w-]+\\s+){0,2}?(?:drones|missiles|rockets|aircraft|Shaheds)(?:\\s+(?:and|or)\\s+(?:[\\w-]+\\s+)?(?:drones|missiles|rockets|aircraft|Shaheds))?\\s+(?:over|above|in)\\s+(?:the\\s+)?(?:skies\\s+of\\s+|airspace\\s+of\\s+)?(?:(?:western|eastern|southern|northern|central)\\s+)?(?:Ukraine\\b|Ukrainian\\s+(?:territory|cities|skies|airspace)\\b|Ukraine['’]s\\s+(?:[\\w-]+\\s+)?(?:territory|cities|regions|skies|airspace)\\b|Kyiv\\b)",
    ),
    keys: ["shoot", "shot", "intercept", "down"],
    weight: 1,
  },
];
