/** The stance lexicon: the words that say how far a country goes (commit, consider, support, oppose, rule out). */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

export type StanceCue = "notruleout" | "oppose" | "negate" | "consider" | "commit" | "support";

export interface StancePattern extends RegisteredPattern {
  cue: StanceCue;
}

const NEG = "(?:not|n't|never)";
/** Phenomenon: "not only ... but also" adds, it does not negate ("will not only send troops but also ..."). */
const NOT_ONLY = "(?!(?:only|just|merely)\\b)";
const NOMINAL_PLEDGE_NOUN = "(?:offer|contribution|provision|donation|pledge)s?";
/**
 * What names a nominal pledge's content: "of", a verb of inclusion ("Denmark's offer includes
 * ..."), or a colon before a list ("its offer on Monday: instructors, ...").
 */
const NOMINAL_PLEDGE_CONTENT =
  "(?:\\s+of\\b|\\s+(?:includes?|included|including|comprises?|consists\\s+of|covers?)\\b|(?:\\s+on\\s+[A-Z][a-z]+)?\\s*:)";
/** The cue text of a nominal pledge ("offer of"): its owner is the agent, not an endorsement before it. */
export const NOMINAL_PLEDGE_CUE = new RegExp(`^${NOMINAL_PLEDGE_NOUN}${NOMINAL_PLEDGE_CONTENT}$`);
// Taking on a role is engagement too ("will not act as a safety net", "would not serve as a guarantor"),
// and so is flying or scrambling aircraft ("will not scramble jets over Ukraine"), and approving
// aid ("will not approve new military aid", as "will not sign off on" is).
// Being the backstop or guarantor is that role too ("would not be a backstop for any European
// troops", "will not be the guarantor").
const ENGAGE =
  "(?:act(?:s|ing)? as|serv(?:e|es|ing) as|be (?:an?|the|any) (?:[\\w-]+ )?(?:backstop|back-stop|guarantor|safety net)|fly|flying|scrambl\\w*|send\\w*|deploy\\w*|participat\\w*|provid\\w*|contribut\\w*|suppl\\w*|take|taking|join\\w*|put|commit\\w*|station\\w*|plan\\w*|foreseen|foresee|envisag\\w*|intend\\w*|offer\\w*|giv\\w*|deliver\\w*|train\\w*|shar(?:e|es|ed|ing)|host\\w*|sign(?:s|ed|ing)?|approv\\w*|fund(?:s|ed|ing)?|financ\\w*|patrol\\w*|monitor\\w*|escort\\w*|have|be (?:sending|deploying|part of)|take part|part of|go|sent)";

/**
 * Phenomenon: a measure supported by name with words before it ("supports security guarantees
 * modelled on Article 5", "backs European air policing over Ukraine"): up to two words, then a
 * noun for a guarantee, force, mission or plan; not a country or a people ("supports Britain").
 */
const SUPPORTED_MEASURE =
  "(?:[\\w'’-]+\\s+){1,2}?(?:guarantees?|commitments?|clauses?|force|missions?|deployments?|presence|shields?|umbrella|patrols?|policing|monitoring|plans?|proposals?|ideas?|initiatives?)\\b";

export const STANCE_PATTERNS: readonly StancePattern[] = [
  {
    cue: "notruleout",
    id: "stance-word/not-ruling-out",
    phenomenon: "not ruling out",
    examples: [
      "does not rule out sending",
      "won't rule it out",
      "is not excluded",
      "cannot be ruled out",
      "cannot be excluded",
      "refused to rule out",
      "declined to rule it out",
      "refuses to exclude",
      "will not exclude sending",
      "was not excluding anything",
      "won't exclude",
    ],
    // "not excluding anything", "will not exclude sending": not ruling out, as "does not exclude" is.
    counterExamples: [
      "ruled out sending",
      "cannot be sent",
      "refused to send",
      "declined to comment",
      "excluded Hungary from the talks",
    ],
    re: g(
      `\\b${NEG}\\s+(?:\\w+\\s+){0,2}?rul(?:e|es|ed|ing)\\s+(?:[\\w'’]+\\s+){0,2}?out\\b|\\b(?:wouldn't|won't|doesn't|didn't|don't|isn't|hasn't|haven't|aren't|can't|wouldn’t|won’t|doesn’t|didn’t|don’t|isn’t|hasn’t|haven’t|can’t) (?:\\w+ )?rul(?:e|ed|ing) (?:\\w+ )?out\\b|\\bnot (?:be )?excluded\\b|\\b(?:does|do|did|will|would|is|are|was|were)\\s+not\\s+(?:\\w+\\s+)?exclud(?:e|ing)\\b|\\b(?:doesn't|don't|didn't|won't|wouldn't|doesn’t|don’t|didn’t|won’t|wouldn’t) exclude\\b|\\bnot excluding\\b|\\bcannot (?:\\w+ )?(?:be )?(?:rul(?:e|ed) (?:\\w+ )?out|excluded?)\\b|\\b(?:refus|declin)\\w* to (?:rule (?:\\w+ )?out|exclude)\\b`,
    ),
    hint: /rul|exclu/i,
  },
  // Phenomenon: a negated obstruction ("will not veto the mission", "would not stand in the way
  // of", "does not object to", "is not opposed to"): the measure may go ahead with the subject's
  // consent, its support; the modal is the negation's, so it claims it before the pledges run.
  {
    cue: "support",
    id: "stance-word/not-standing-in-the-way",
    phenomenon: "a negated obstruction is support",
    examples: [
      "will not veto",
      "would not stand in the way of",
      "won't block",
      "does not object to",
      "is not opposed to",
      "has never opposed",
    ],
    counterExamples: ["will veto", "will not send", "stands in the way of", "does not reject"],
    re: g(
      "(?:\\b(?:will|would|shall|does|do|did|is|are|was|were|has|have|had|can|could)\\s*(?:not|never)|n['’]t)\\s+(?:\\w+\\s+)?(?:veto(?:es|ed)?|block(?:s|ed)?|oppos(?:e|es|ed)|object(?:s|ed)? to|stand(?:ing)? in the way|obstruct(?:s|ed)?)\\b",
    ),
    hint: /veto|block|oppos|object|in the way|obstruct/i,
  },
  // Phenomenon: support under a modal ("would welcome a US backstop", "would like to see a
  // monitoring mission", "would be in favour of", "would back a ... force"): the modal is the
  // support verb's, no pledge of the country's own part, so it claims it before the pledges run.
  // Not "would back the guarantees with intelligence" or "will support Ukraine with ..." (the
  // means named after it are a pledge), nor "would send".
  {
    cue: "support",
    id: "stance-word/support-under-a-modal",
    phenomenon: "support under a modal: would welcome, would like to see, would back a measure",
    examples: [
      "would welcome",
      "will welcome any",
      "would like to see",
      "would be in favour of",
      "would certainly back a monitoring mission",
      "would support the plan",
      "would endorse",
    ],
    counterExamples: [
      "would send",
      "will support Ukraine",
      "will support the",
      "would back the guarantees with",
      "would welcome-party",
      "would be welcomed by",
    ],
    re: g(
      "\\b(?:would|will|'d|’d)\\s+(?:(?:also|certainly|strongly|gladly|warmly|fully|definitely)\\s+)?(?:welcome\\b(?!-)|(?:like|love|want|prefer) to see\\b|be (?:(?:strongly|very much|firmly)\\s+)?in favou?r of\\b|endorse\\b)|\\b(?:would|'d|’d)\\s+(?:(?:also|certainly|strongly|gladly|fully|definitely)\\s+)?(?:support|back)\\s+(?=(?:the|a|an|any|such)\\s)(?![^,.;:]{0,60}?\\bwith\\b)",
    ),
    hint: /welcome|to see|in favou?r|endorse|support|back/i,
  },
  // Phenomenon: seeing a measure as a threat opposes it ("would view any foreign presence as a
  // direct threat", "regards the deployment as a provocation"); the cue is the verb, so the
  // subject before it is the one who opposes. It claims the verb before "provocation" and
  // "targets" are read as oppositions of their own, which would make the subject everything
  // before them ("Moscow regards the NATO naval presence as a provocation": Moscow, not NATO).
  {
    cue: "oppose",
    id: "stance-word/viewing-as-a-threat",
    phenomenon: "viewing a measure as a threat or a target opposes it",
    examples: [
      "would view any Western contingent as a direct threat",
      "regards such a deployment as a provocation",
      "will treat foreign soldiers as legitimate targets",
      "would view any no-fly zone over Ukraine as an act of war",
      "would be seen as a threat",
      "will regard such contingents as direct involvement in the conflict",
      "would consider monitors from NATO countries as occupiers",
      "would be regarded as a hostile act",
      "would see such a step as an unfriendly move",
    ],
    counterExamples: [
      "views the force as a guarantee",
      "see it as a chance",
      "is considering sending troops",
      "saw the war as a turning point",
    ],
    re: g(
      "\\b(?:view(?:s|ed|ing)?|regard(?:s|ed|ing)?|see(?:s|ing|n)?|saw|consider(?:s|ed)?|treat(?:s|ed|ing)?|deem(?:s|ed)?)\\b(?=[^.;]{0,90}?\\bas (?:an? )?(?:direct |serious |grave |major |legitimate |existential |military |hostile |unacceptable )?(?:threats?|provocations?|targets?|acts? of (?:aggression|war)|(?:hostile|unfriendly) (?:acts?|steps?|moves?)|declarations? of war|escalation|occupiers|invaders|(?:direct )?(?:involvement|participation|interference) in the (?:conflict|war|hostilities))\\b)",
    ),
    hint: /\b(?:threat|provocation|target|aggression|war|escalation|occupiers|invaders|involvement|participation|interference|hostile|unfriendly)/i,
  },
  // Phenomenon: a measure called a threat to the speaker's own country ("NATO warships in the
  // Black Sea would be \"a direct threat\" to Russia", "such a force would pose a threat to our
  // security"): the speaker opposes it, as calling it unacceptable does. Only a threat to the
  // one who says it (Russia, Moscow, "our", "us"), so that a threat Russia poses to others
  // ("Russia remains a threat to Europe") is none.
  {
    cue: "oppose",
    id: "stance-word/called-a-threat-to-the-speaker",
    phenomenon: "a measure called a threat to the speaker's own country",
    examples: [
      'would be "a direct threat" to Russia',
      "would pose a threat to our security",
      "will be a serious threat to Moscow",
      "would constitute a direct threat to the Russian Federation",
      "would represent a threat to us",
    ],
    counterExamples: [
      "Russia remains a threat to Europe",
      "would be a threat to Ukraine",
      "a direct threat to Russia",
      "would be a signal to Russia",
    ],
    re: g(
      '\\b(?:would|will|could)\\s+(?:also\\s+)?(?:be|pose|constitute|represent|become)\\s+["“]?(?:an?\\s+)?(?:direct\\s+|serious\\s+|grave\\s+|major\\s+|existential\\s+|real\\s+)?(?:threat|danger)["”]?\\s+(?:to|for)\\s+(?:(?:the\\s+)?(?:security\\s+of\\s+)?(?:Russia|Moscow|the Russian Federation)\\b|(?:our|its own)\\b|us\\b)',
    ),
    hint: /threat|danger/i,
  },
  // Phenomenon: a threat to strike others' forces ("any French jets over Ukraine would be shot
  // down", "Western troops sent there will be destroyed", "foreign warships near Crimea would be
  // sunk") opposes them, as calling them legitimate targets does. The verb is claimed with the
  // forces before it, so that the subject is the one who threatens; not what a force would shoot
  // down ("drones would be shot down by allied jets"), nor a country's losses told as past.
  {
    cue: "oppose",
    id: "stance-word/threatening-to-strike-them",
    phenomenon: "threatening to shoot down or destroy others' forces opposes them",
    examples: [
      "any French jets over Ukraine would be shot down",
      "Western troops sent there will be destroyed",
      "foreign warships near Crimea would be sunk",
    ],
    counterExamples: [
      "Russian drones would be shot down by allied jets",
      "jets would be shot down by the air defences of the coalition",
      "two jets were shot down",
      "the drones will be destroyed",
    ],
    re: g(
      "\\b(?:troops|soldiers|forces|jets|aircraft|planes|warplanes|warships|ships|vessels|contingents?|peacekeepers|units)\\s+(?:[\\w'’-]+\\s+){0,8}?(?:would|will)\\s+be\\s+(?:shot\\s+down|destroyed|sunk|wiped\\s+out)\\b(?!\\s+by\\b)",
    ),
    hint: /\b(?:shot down|destroyed|sunk|wiped out)\b/i,
  },
  {
    cue: "oppose",
    id: "stance-word/opposing-rejecting-blocking",
    phenomenon: "opposing, rejecting, blocking",
    examples: [
      "rejects any deployment",
      "opposes sending",
      "will not accept foreign troops",
      "refused to back the plan",
      "would be of concern",
      "vetoed the plan",
      "blocked the package",
      "as parties to the conflict",
      "condemned the deployment",
    ],
    // Phenomenon: condemning the war or the aggressor is no opposition to what is pledged against it,
    // nor is a guarantee "against any attack".
    counterExamples: [
      "Blocked from membership, Kyiv",
      "the backing of parliament",
      "a strong condemnation of Russia's war",
      "condemned the invasion",
      "to come to its aid against any future Russian attack",
      "as part of the conflict settlement",
      "having a veto on",
      "veto rights",
    ],
    re: g(
      `\\b(?:refus\\w+|declin\\w+) to (?:support|back|endorse|approve|sign off on|agree to)\\b|\\b(?!(?<=^\\s*)[Bb]locked (?:from|by)\\b)block(?:s|ed|ing)?\\b|(?<!\\b(?:a|the|its|their|his|her|any|no) )\\bveto(?:es|ed|ing)?\\b(?!\\s+(?:power|rights?)\\b)|\\breject\\w*\\b|\\bdismiss(?:es|ed|ing)?\\b|\\bprovocati\\w+\\b|\\b(?:condemn\\w*|denounc\\w+)\\b(?!(?:\\s+(?:of|the|its|their|his|her|a|an|strong|strongly|firmly|once again|again))*\\s+(?:Russia|Russian|Moscow|Kremlin|Putin|wars?|invasion|aggression|attacks?|strikes?|shelling|bombing|killings?|war crimes|annexation|occupation)\\b)|\\boppos(?:e|es|ed|ing)\\b|\\b(?:does|do|did|will|would|can|could|shall)\\s*${NEG}\\s+(?:\\w+\\s+)?(?:accept|allow|tolerate|agree to)\\b|\\bunacceptable\\b|\\b(?:be|is|are|was|were) (?:of )?(?:serious |grave |great )?concern\\b|\\bwarn\\w* against\\b|\\bagainst (?:any(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|aggression|invasions?|assaults?|incursions?|threats?|strikes?)\\b)|the deployment|sending|deploying)\\b|\\blegitimate targets?\\b|\\bas (?:a )?(?:part(?:y|ies)|participants?|combatants?|involved) (?:to|in) the (?:war|conflict|hostilities|fighting)\\b|\\b(?:be|become) (?:a |an )?(?:legitimate |military )?targets?\\b`,
    ),
    // Each alternative holds one of these words (the last one: a party to the war).
    hint: /refus|declin|block|veto|reject|dismiss|provocati|condemn|denounc|oppos|accept|allow|tolerat|agree to|concern|against|target|party (?:to|in) the|parties (?:to|in) the|participants? (?:to|in) the|combatants? (?:to|in) the|involved (?:to|in) the/i,
  },
  // Phenomenon: keeping or barring forces out of Ukraine ("any deal must keep Western forces out
  // of Ukraine", "wants NATO troops barred from Ukrainian soil", "will keep its soldiers out of
  // Ukraine"): opposing the measure for others, ruling out the subject's own part, as "rejects"
  // does (stance.ts actorStance). Only forces named, and only out of Ukraine: not keeping
  // Russian forces out of a country, nor a force that keeps the peace.
  {
    cue: "oppose",
    id: "stance-word/keeping-forces-out-of-ukraine",
    phenomenon: "keeping or barring forces out of Ukraine",
    examples: [
      "has to keep European forces out of Ukraine",
      "wants NATO troops barred from Ukrainian soil",
      "demands that Western soldiers be barred from Ukraine",
      "will keep its soldiers out of Ukraine",
      "must keep Western soldiers out of Ukraine",
    ],
    counterExamples: [
      "keep Russian forces out of Moldova",
      "to keep the peace in Ukraine",
      "kept its troops in Ukraine",
      "were barred from the summit",
    ],
    re: g(
      "\\b(?:keep|keeps|keeping|kept)\\s+(?:[\\w-]+\\s+){0,2}?(?:troops|forces|soldiers|boots on the ground)\\s+out of\\s+(?:Ukrain\\w*|Kyiv|Kiev)|\\b(?:(?:wants?|wanted|demands?|demanded|insists?|insisted)\\s+(?:that\\s+)?(?:(?:all|any)\\s+)?(?:[\\w-]+\\s+)?)?(?:troops|forces|soldiers)\\s+(?:(?:be|are|were|being|to be)\\s+)?(?:barred|banned|excluded)\\s+from\\s+(?:(?:the\\s+)?Ukrain\\w*|Kyiv|Kiev)",
    ),
    hint: /out of|barred|banned|excluded/i,
  },
  // Phenomenon: opposition in other words than "oppose" ("has spoken out against", "argued
  // against", "objects to", "would cross a red line", "turned down requests to send", "shot down
  // suggestions that", "poured cold water on the idea", "is sceptical of any force", "balked at
  // contributing soldiers"): the
  // subject's own part or the measure for anyone, as for "rejects" (stance.ts actorStance).
  // Phenomenon: a warning that a measure would wreck relations ("any supply of South Korean
  // weapons to Ukraine would destroy bilateral relations", "will seriously damage ties with
  // Moscow"): the warner opposes the measure, as a threat of retaliation does.
  {
    cue: "oppose",
    id: "stance-word/warning-of-damaged-relations",
    phenomenon: "a warning that a measure would destroy or damage relations",
    examples: [
      "would destroy bilateral relations",
      "will seriously damage ties",
      "would ruin relations with Moscow",
      "could undermine relations",
    ],
    counterExamples: ["would improve relations", "relations were damaged by the war", "damage to the relations"],
    re: g(
      "\\b(?:would|will|could|might)\\s+(?:\\w+ly\\s+)?(?:destroy|ruin|wreck|damage|harm|poison|undermine|jeopardi[sz]e|sever)\\s+(?:(?:the|our|their|its|bilateral|mutual|[A-Z][\\w-]+)\\s+){0,2}?(?:relations|ties|relationship)\\b",
    ),
    hint: /relations|ties|relationship/i,
  },
  {
    cue: "oppose",
    id: "stance-word/speaking-out-against",
    phenomenon:
      "speaking out against, objecting to, a red line, turning or shooting down, cold water, scepticism, balking",
    examples: [
      "has spoken out against",
      "argued against",
      "came out against",
      "objects to any",
      "would cross a red line",
      "is a red line for Moscow",
      "turned down requests to send",
      "rebuffed calls to deploy",
      "rebuffed a request to send",
      "shot down suggestions that",
      "shoots down the idea of",
      "poured cold water on",
      "is sceptical of any",
      "remained deeply skeptical about",
      "balked at contributing",
      "balks at any",
    ],
    counterExamples: [
      "military objects to be delivered",
      "spoke out in favour",
      "a line of defence",
      "turned down the volume of criticism",
      "argued that",
      "shot down two drones",
      "sceptical observers",
      "cold water",
    ],
    re: g(
      "\\b(?:sp(?:oke|eaks?|oken|eaking)|c(?:ame|omes?|oming)) out against\\b|\\b(?:argu|campaign|lobb(?:y|ie|ied)|warn)\\w* against\\b|\\bobject(?:s|ed|ing)? to\\b(?!\\s+be\\b)|\\b(?:cross(?:es|ed|ing)?|be|is|are|was|were|remains?) (?:a|any|the|its|their|our|Russia['’]s|Moscow['’]s) (?:clear |absolute )?red lines?\\b|\\b(?:turn(?:s|ed|ing)? down|rebuff(?:s|ed|ing)?|sh(?:oot|oots|ot|ooting) down) (?:the |all |any |a |an )?(?:requests?|calls?|appeals?|demands?|invitations?|pleas?|suggestions?|ideas?|proposals?|plans?|notions?|talk|reports?)\\b|\\bpour(?:s|ed|ing)? cold water on\\b|\\bbalk(?:s|ed|ing)? at\\b|\\bs(?:c|k)eptic(?:al)? (?:of|about|towards?)\\b",
    ),
    hint: /against|object|red line|turn|rebuff|down|cold water|sceptic|skeptic|balk/i,
  },
  // Phenomenon: doubting that a measure is needed ("questioned the need for foreign troops",
  // "doubted the need for a monitoring mission", "questioned whether a force was needed at
  // all", "cast doubt on the point of"): skepticism about the measure, opposing it for anyone;
  // about the country's own part it excludes nothing (`reading/doubt-about-its-own-part`).
  // Stressing or seeing the need stays support.
  {
    cue: "oppose",
    id: "stance-word/doubting-the-need",
    phenomenon: "questioning or doubting that a measure is needed",
    examples: [
      "questioned the need for",
      "doubted the need for",
      "has questioned the need for a",
      "questions the necessity of",
      "cast doubt on the point of",
      "questioned whether a foreign force in Ukraine was needed",
      "doubts whether such a mission is necessary",
    ],
    counterExamples: [
      "stressed the need for",
      "questioned the minister",
      "no doubt about the need for",
      "questioned whether Russia would comply",
    ],
    re: g(
      "\\b(?:question(?:s|ed|ing)?|doubt(?:s|ed|ing)?|cast(?:s|ing)?\\s+doubts?\\s+on|disput(?:e|es|ed|ing))\\s+(?:the\\s+)?(?:need|necessity|point|usefulness|wisdom|sense)\\s+(?:for|of)\\b|\\b(?:question(?:s|ed|ing)?|doubt(?:s|ed|ing)?)\\s+whether\\b(?=[^.;]{0,80}?\\b(?:needed|necessary|required|useful|needs?\\s+to\\s+be)\\b)",
    ),
    hint: /question|doubt|disput/i,
  },
  // Phenomenon: demanding that others' help stop ("demanded an end to Western military aid",
  // "calls for a halt to arms deliveries") opposes it; not demanding an end to the war.
  {
    cue: "oppose",
    id: "stance-word/demanding-an-end-to-it",
    phenomenon: "demanding an end to others' help opposes it",
    examples: [
      "demanded an end to",
      "calls for a halt to",
      "insisted on a complete stop to",
      "is seeking the suspension of",
      "demanded that Kyiv halt",
      "insists that the allies stop",
      "wants Western weapons deliveries to Kyiv to end",
      "expects all arms supplies to stop",
      "wants military aid to Ukraine halted",
    ],
    // Phenomenon: wanting others' help ended, with the help between the verb and the end ("wants
    // Western weapons deliveries to Kyiv to end", "expects arms supplies halted"); not wanting the
    // war to end, nor the help to go on or to reach Ukraine by a date.
    counterExamples: [
      "demanded more weapons",
      "an end to the war",
      "demanded that Kyiv send",
      "wants the war to end",
      "wants weapons deliveries to continue",
      "wants the aid to arrive before the end of the year",
    ],
    re: g(
      "\\b(?:want\\w*|expect\\w*|demand\\w*|insist\\w*)\\s+(?:(?:all|the|any|further|Western|western|foreign|NATO)\\s+)*(?:[\\w-]+\\s+){0,2}?(?:aid|arms|weapons?|deliveries|supplies|shipments|assistance)\\s+(?:(?:to|for)\\s+(?:Kyiv|Kiev|Ukraine)\\s+)?(?:to\\s+(?:end|stop|cease|be\\s+(?:halted|stopped|ended|suspended|cut\\s+off))|(?:halted|stopped|ended|suspended|cut\\s+off))\\b|\\b(?:demand\\w*|insist\\w*|call\\w* for)\\s+that\\s+(?:[\\w'’-]+\\s+){1,3}?(?:halt|stop|end|suspend|freeze|cease)\\b|\\b(?:demand\\w*|call(?:s|ed|ing)? for|insist\\w* on|push\\w* for|seek\\w*|sought|want\\w*)\\s+(?:an? |the )?(?:immediate |complete |full |total )?(?:end|halt|stop|cessation|suspension|freeze)\\s+(?:to|of)\\b(?!\\s+(?:the\\s+)?(?:war|fighting|hostilities|conflict|killing|attacks|strikes|shelling|bombing|occupation|aggression|invasion)\\b)",
    ),
    hint: /\b(?:end|halt|stop|cessation|suspension|freeze|suspend|cease|halted|stopped|ended|suspended|cut off)\b/i,
  },
  // Phenomenon: a negated hesitation is a pledge ("will not hesitate to send troops", "would
  // not think twice about deploying"): the negation is of the doubt, not of the act. It claims
  // its words before the negated engagement runs.
  {
    cue: "commit",
    id: "stance-word/no-hesitation",
    phenomenon: "a negated hesitation is a pledge",
    examples: [
      "will not hesitate to send",
      "would not hesitate to deploy",
      "won't hesitate to",
      "will have no hesitation in sending",
      "would not think twice about deploying",
    ],
    counterExamples: ["hesitates to send", "is hesitant to deploy", "will not send", "without hesitation"],
    re: g(
      `\\b(?:will|would|shall|does|do|did)\\s*${NEG}\\s+(?:\\w+\\s+)?(?:hesitate|think twice)\\b|\\b(?:won't|wouldn't|won’t|wouldn’t|don't|doesn't)\\s+(?:\\w+\\s+)?(?:hesitate|think twice)\\b|\\b(?:ha(?:s|ve)|will have|would have) no (?:hesitation|qualms)\\b`,
    ),
    hint: /hesitat|think twice|qualms/i,
  },
  // Phenomenon: a double negative that hedges ("would not be averse to sending", "is not
  // against the idea of joining"): open to it, not a refusal. It claims its words before the
  // negated engagement reads "not ... sending" as one.
  {
    cue: "consider",
    id: "stance-word/not-averse",
    phenomenon: "not averse to: open to it",
    examples: ["would not be averse to", "is not averse to", "not entirely averse to", "isn't averse to"],
    counterExamples: ["is averse to", "risk-averse"],
    re: g("(?:\\b(?:not|never)|n['’]t)\\s+(?:be\\s+)?(?:\\w+\\s+)?averse to\\b"),
    hint: /averse/i,
  },
  // Phenomenon: a refusal in other words than a negated verb ("there is no question of
  // sending", "has said no to", "is not an option", "is not something we are considering",
  // "never intended to send", "dispatching personnel to Ukraine is not under consideration",
  // "ground troops are not being considered", "maintains its policy of not providing weapons").
  {
    cue: "negate",
    id: "stance-word/a-refusal-in-other-words",
    phenomenon: "no question of, said no to, not an option, not something we are considering, never intended",
    examples: [
      "there is no question of",
      "has said no to",
      "a clear no to",
      "is not an option",
      "is no longer an option",
      "is not something we are considering",
      "is not something the government is contemplating",
      "never intended to",
      "had never planned to",
      "is not under consideration",
      "are not being considered",
      "maintains its policy of not providing",
    ],
    counterExamples: [
      "there is no question that",
      "is under consideration",
      "not only under consideration",
      "a policy of support",
      "said no more",
      "an option on the table",
      "something we are considering",
      "never before",
    ],
    re: g(
      "\\bno question of\\b|\\b(?:sa(?:id|ys|y)|a (?:clear|firm|flat) ) ?no to\\b|\\b(?:not|never) (?:currently |even )?(?:under (?:consideration|discussion|review)|being (?:considered|contemplated|discussed|planned))\\b|\\b(?:policy|principle|practice) of not\\b|\\b(?:not|no longer) an option\\b|\\bnot (?:something|a step|what) (?:that )?(?:we|I|they|he|she|it|the government|[A-Z][\\w-]+) (?:are|is|am|were|was|would be|will be) (?:(?:currently|actively|even) )?(?:considering|contemplating|planning|looking at|discussing)\\b|\\bnever\\s+(?:intend\\w*|plann\\w*|plans?|wanted|offered|agreed|promised|pledged|committed)\\b",
    ),
  },
  {
    cue: "negate",
    id: "stance-word/halting-supplies",
    phenomenon: "pausing, suspending, halting or banning supplies is a refusal of them",
    examples: [
      "a vote to pause military aid",
      "suspended arms deliveries",
      "prohibits the export of weapons",
      "cut off intelligence sharing",
    ],
    // A halt told as the background of a later step ("a rift, after which it paused aid") is
    // past, not the stance: the resumption or the decision after it is.
    counterExamples: [
      "to stop the war",
      "a pause in the fighting",
      "will send weapons to stop the attacks",
      "a quarrel in March, after which the US paused intelligence sharing",
    ],
    // The verb's first letters are looked ahead for first, so that the look-behind (up to 40
    // characters back) runs only where a verb of halting begins, not at every position.
    re: g(
      "\\b(?=paus|suspend|halt|freez|froze|stop|prohibit|ban|cut)(?<!\\b(?:after|when|since|before|once|until)\\b[^,;.]{0,40})(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|freez(?:e|es|ing)|froze|stop(?:s|ped|ping)?|prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|cut(?:s|ting)? off)\\b(?=\\s+(?:(?:the|all|its|their|further|any|some)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:aid|arms|weapons?|deliveries|supplies|shipments|exports?|assistance|funding|intelligence)\\b)",
    ),
  },
  {
    cue: "negate",
    id: "stance-word/ordering-supplies-halted",
    phenomenon:
      "ordering supplies to be paused, suspended or halted (the supplies named before the verb) is a refusal of them",
    examples: [
      "ordered all arms deliveries to be suspended",
      "was ordering weapons exports for Kyiv to be frozen",
      "ordered that weapons shipments be halted",
    ],
    counterExamples: [
      "ordered more weapons to be sent",
      "ordered the aid to be delivered before the pause",
      "ordered an inquiry into why shipments were halted",
    ],
    re: g(
      "\\border(?:s|ed|ing)?\\b(?=\\s+(?:that\\s+)?(?:(?:the|all|its|their|further|any|some)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:aid|arms|weapons?|deliveries|supplies|shipments|exports?|assistance|funding|intelligence)\\b(?:\\s+(?:to|for)\\s+[\\w-]+)?\\s+(?:to\\s+)?be\\s+(?:paused|suspended|halted|frozen|stopped|cut off)\\b)",
    ),
  },
  {
    cue: "negate",
    id: "stance-word/stopping-short-of",
    phenomenon: "stopping short of a pledge is declining it",
    examples: ["stopped short of committing", "stops short of sending"],
    counterExamples: ["a short stop in Kyiv", "stopped in Kyiv"],
    re: g("\\bstop(?:s|ped|ping)? short of\\b"),
  },
  // Phenomenon: a refusal told as reluctance ("remains reluctant to send troops", "is unwilling
  // to deploy", "loath to commit"): the subject holds back its own part, as for "refused to".
  // "not reluctant" is no refusal, and the noun ("despite Berlin's reluctance to") is mostly
  // someone else's account of it (it cost a corpus cell).
  {
    cue: "negate",
    id: "stance-word/reluctance",
    phenomenon: "reluctant or unwilling to do it",
    examples: [
      "remains reluctant to send",
      "is deeply reluctant to",
      "was unwilling to deploy",
      "are loath to commit",
      "has been hesitant to",
    ],
    counterExamples: [
      "is not reluctant to",
      "reluctantly agreed",
      "a reluctant ally",
      "hesitation",
      "despite Berlin's reluctance to",
    ],
    re: g(
      "\\b(?:is|are|was|were|remains?|remained|be|been|seems?|seemed|appears?|appeared)\\s+(?:(?!not\\b)\\w+\\s+)?(?:reluctant|unwilling|loath|loth|hesitant)\\s+to\\b",
    ),
    hint: /reluctan|unwilling|loath|loth|hesitant/i,
  },
  {
    cue: "negate",
    id: "stance-word/negated-engagement",
    phenomenon: "negated engagement",
    examples: [
      "will not send",
      "is not foreseen",
      "has no plans",
      "ruled out",
      "ruled that out",
      "not by sending",
      "will neither send",
      "nor take part",
      "Rather than sending",
      "Instead of deploying",
      "there will be no",
      "will not happen",
      "no troops",
      "sees no role for",
      "sees no point in",
      "does not see any point in",
      "is not among the countries",
      "not a single Hungarian soldier",
      "not even one Austrian serviceman",
      "not one soldier",
      "no Croatian soldier would go",
      "sees no reason to send",
      "there is no need to deploy",
      "is not in a position to",
      "would be in no position to",
      "sending troops is impossible.",
      "it would be impossible for Slovakia to",
      "but not to put soldiers",
      "is off the agenda",
      "was not in the cards",
      "will not act as a safety net",
      "would not serve as a guarantor",
      "will not scramble jets",
      "would not fly",
      "would not sign any",
      "will not approve new military aid",
      "would not be a backstop",
      "will not be the security guarantor",
      "but not with ground troops",
      "though without soldiers of its own",
    ],
    counterExamples: [
      "but not with Russia",
      "without troops from other countries the force will fail",
      "Italy will offer its navy instead of sending troops",
      "will act as a safety net",
      "will be a backstop",
      "for now there is no plan",
      "will send",
      "nothing",
      "will not only send",
      "does not just provide",
      "at some point in",
      "no reason to doubt",
      "is in a position to",
      "it is not impossible",
      "makes it impossible to attack",
      "it is impossible to imagine",
    ],
    re: g(
      `\\b(?:will|would|shall|does|do|did|is|are|was|were|has|have|can|could|should|must)\\s*${NEG}(?:,\\s*\\w+,)?\\s+${NOT_ONLY}(?:\\w+\\s+){0,2}?${ENGAGE}\\b|\\b(?:won't|wouldn't|can't|cannot|isn't|aren't|doesn't|don't|didn't)(?:,\\s*\\w+,)?\\s+${NOT_ONLY}(?:\\w+\\s+){0,2}?${ENGAGE}\\b|\\bnot (?:planned|foreseen|envisaged|on the (?:table|agenda)|to (?:send|deploy|participate|provide|join|contribute|take part|put|station|commit|dispatch))\\b|\\bnot by ${ENGAGE}\\b|\\b(?:neither|nor) ${ENGAGE}\\b|\\b(?:will|would|shall|can|could)\\s+neither\\b|^\\s*(?:[Rr]ather than|[Ii]nstead of) ${ENGAGE}\\b|\\bthere (?:will|would|shall) (?:not|never) be\\b|\\bthere (?:will|would|shall) be no\\b|\\b(?:will|would|shall)\\s*(?:not|n't|never)\\s+(?:\\w+\\s+)?(?:happen|occur|take place|materiali[sz]e)\\b|\\boff the (?:table|agenda)\\b|\\bnot (?:in|on) the cards\\b|\\bout of the question\\b|\\brefrain\\w* from\\b|\\bno (?:plans?|intention|intentions)\\b(?!\\s+(?:as such|yet|for now|at (?:this|the) (?:time|moment))\\b)(?<!\\b(?:at (?:this|the) (?:time|moment)|for now|currently|as yet|so far|still),?\\s+there (?:is|are) no (?:plans?|intention|intentions))|\\bno (?:role|need|place|room) for\\b|\\bno (?:reason|need) to (?=${ENGAGE}\\b)|\\b(?:not|never|no)\\s+(?:\\w+\\s+)?in (?:a|any|the) position to\\b|\\bin no position to\\b|\\b(?:is|are|was|were|be|remains?|seems?)\\s+(?:(?!not\\b)\\w+\\s+)?impossible\\b(?=\\s*(?:[,.;]|$|for (?:us|them|[A-Z])))|\\b(?:no|any) point in\\b|\\bnot (?:be )?(?:among|one of) the (?:\\w+ )?(?:countries|nations|states|allies|members)\\b|\\bno(?=\\s+(?:[\\w-]+\\s+){0,2}(?:troops|soldiers|boots|personnel|weapons|(?:soldier|servicem[ae]n|servicewom[ae]n)\\s+(?:will|would|shall|should|must|is going to)\\b)\\b)|\\bnot (?:even )?(?:a single|one)(?=\\s+(?:[\\w-]+\\s+){0,2}(?:troops?|soldiers?|boots|personnel|servicem[ae]n|weapons?)\\b)|\\b(?:not\\s+with|without)(?<=\\b(?:but|though|although|yet)\\s+(?:not\\s+with|without))(?=\\s+(?:[\\w-]+\\s+){0,2}(?:troops|soldiers|boots|personnel)\\b)|\\b(?:rule[sd]?|ruling)(?:\\s+(?:that|this|it))?\\s+out\\b|\\bexclu(?:de[sd]?|ding|sion)\\b|\\brefus\\w+\\b|\\bdeclin\\w+ to\\b|\\bopt(?:s|ed)? out\\b|\\bwill never\\b`,
    ),
    // Each alternative holds one of these words ("no" before a space, "nor" as a word); a new
    // alternative needs its word here.
    hint: /not|n't|never|neither|without|\bnor\b|rather than|instead of|be no|off the|out of the question|refrain|\bno\s|position to|impossible|point in|rul|exclu|refus|declin|opt(?:s|ed)? out/i,
  },
  // Phenomenon: a refusal told with money as the subject ("no money from the Slovak budget will
  // go to weapons for Ukraine", "not a single euro more would be spent on arms"): the speaker
  // excludes paying for it, as "will not fund" does. Only where the money goes or is spent
  // later in the clause, so that "no money has arrived yet" or "no funds were found" is none.
  {
    cue: "negate",
    id: "stance-word/no-money-will-go-to-it",
    phenomenon: "no money will go to it: a refusal with money as the subject",
    examples: [
      "no money from the Slovak state budget would go to",
      "not a single euro more will be spent on",
      "no funds from our budget shall be used for",
      "not one cent would flow to",
    ],
    counterExamples: [
      "no money has arrived yet",
      "no funds were found",
      "money will go to",
      "no more than a billion euros will go to",
    ],
    re: g(
      "\\b(?:no|not (?:a single|one))\\s+(?:more\\s+)?(?:money|funds?|cents?|euros?|penn(?:y|ies)|dollars?|forints?|korun[ay]?|zlot(?:y|ys)|crowns?)\\b(?=[^.;:]{0,70}?\\b(?:will|would|shall|is going to)\\s+(?:\\w+\\s+)?(?:go|be spent|be used|flow|be given)\\b)",
    ),
    hint: /\bno|not (?:a single|one)/i,
  },
  {
    cue: "consider",
    id: "stance-word/considering-studying-open-to",
    phenomenon: "considering, studying, open to",
    examples: [
      "is considering",
      "open to",
      "a possibility",
      "studying",
      "in principle",
      "is also on the table",
      "voiced openness to",
      "is expected to provide",
      "leaves the door open to",
      "has expressed interest in",
      "is interested in",
      "it is too early to say",
      "premature to talk about",
      "keeps the option open",
      "is keeping all options open",
      "kept open the possibility of",
      "it is not impossible that",
      "not entirely impossible",
    ],
    counterExamples: [
      "after careful consideration",
      "consistent with",
      "took it off the table",
      "it is impossible",
      "kept the door shut",
      "too early to talk about numbers",
      "premature to give figures on the contingent",
      "too soon to say how many soldiers",
    ],
    re: g(
      "\\bconsider(?:s|ed|ing)?\\b|(?<!\\b(?:careful|due|thorough|after|following) )\\bconsideration\\b|\\bpossib(?:le|ility|ilities|ly)\\b|\\bopen to\\b|\\bstudy(?:ing)?\\b|\\bexamin\\w+\\b|\\bweigh(?:s|ing)?\\b|\\bexplor\\w+\\b|\\bunder discussion\\b|\\bdiscuss(?:ing|es)?\\b|\\bin talks\\b|\\blook(?:s|ing)? (?:at|into)\\b|\\bpotential(?:ly)?\\b|\\bnot yet decided\\b|\\bin principle\\b|\\b(?:is|are|was|were|remains?|be)\\s+(?:also\\s+|still\\s+)?on the table\\b|\\bopenness to\\b|\\b(?:express|show|signal|voic)\\w* (?:(?:its|their|his|her|our|strong|keen|some)\\s+)*interest in\\b|\\b(?:is|are|was|were) interested in\\b|\\b(?:too early|too soon|premature) to (?:say|tell|decide|talk|speak|discuss|speculate|comment|give)\\b(?!\\s+(?:(?:about|on|of)\\s+)?(?:(?:the|any|exact|precise|specific|concrete)\\s+)*(?:numbers?|figures?|details?|size|specifics|scale|how many|how large)\\b)(?:\\s+(?:about|on))?|\\b(?:is|are|was|were|being) (?:also )?expected to\\b|\\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept) (?:the door|(?:the|all|its|their|our|every|this|that) (?:options?|possibility)) open\\b|\\b(?:keep(?:s|ing)?|kept) open (?:the|a) (?:door|option|possibility)\\b|\\bnot (?:\\w+ )?impossible\\b",
    ),
    hint: /consider|possib|open|stud|examin|weigh|explor|discuss|in talks|look|potential|not yet decided|in principle|on the table|interest|too early|too soon|premature|expected/i,
  },
  // Phenomenon: a step weighed in the news register's words ("is mulling sending trainers",
  // "floated the idea of sending warships", "is pondering", "toyed with", "contemplates",
  // "remained non-committal on"): the
  // measure is being considered, neither pledged nor refused. "floated" needs the idea or a
  // gerund after it (floating mines are no idea).
  {
    cue: "consider",
    id: "stance-word/floating-and-mulling",
    phenomenon: "mulling, pondering, contemplating, toying with, floating the idea, non-committal",
    examples: [
      "is mulling sending",
      "mulled a contribution",
      "floated the idea of",
      "has floated sending",
      "floats a proposal",
      "is pondering whether",
      "contemplates deploying",
      "toyed with the idea",
      "remained non-committal on",
      "is noncommittal about",
    ],
    counterExamples: ["floating mines", "floated on the stock exchange", "a toy drone", "the Mull of Kintyre"],
    re: g(
      "\\bnon-?committal\\b|\\bmull(?:s|ed|ing)?\\b(?! of\\b)|\\bponder(?:s|ed|ing)?\\b|\\bcontemplat(?:e|es|ed|ing)\\b|\\btoy(?:s|ed|ing)? with\\b|\\bfloat(?:s|ed|ing)?\\s+(?=(?:(?:the|a|an)\\s+)?(?:idea|possibility|prospect|proposal|plan|option|notion)s?\\b|(?:sending|deploying|dispatching|contributing|providing|joining|creating|setting up|establishing|forming)\\b)",
    ),
    hint: /mull|ponder|contemplat|toy|float|committal/i,
  },
  // Phenomenon: a decision still open ("has yet to decide whether to send troops", "has not yet
  // decided", "is undecided on"): the measure is being weighed, neither pledged nor refused.
  {
    cue: "consider",
    id: "stance-word/a-decision-still-open",
    phenomenon: "a decision still open",
    examples: [
      "at this time there is no plan",
      "there are no plans as such",
      "has yet to decide whether to",
      "has not yet decided whether",
      "remains undecided",
      "no decision has been made on",
      "will not make any decision",
      "would decide whether to",
      "will make a decision on",
      "a decision has yet to be made",
      "the question remains yet to be decided",
      "had not yet been decided",
      "has not been decided",
      "is a decision the Government will take together with Parliament",
      "is a decision that parliament would have to make",
    ],
    // a decision already taken, or one someone else takes about the country, stays as it is
    counterExamples: [
      "decided to send",
      "has decided",
      "troops yet to be sent",
      "has been decided",
      "was a decision taken last year",
    ],
    re: g(
      "\\b(?:at (?:this|the) (?:time|moment)|for now|currently|as yet|so far|still),?\\s+there (?:is|are) no plans?\\b|\\bno plans? (?:as such|yet|for now|at (?:this|the) (?:time|moment))\\b|\\byet to (?:decide|make (?:a|its|their|any) (?:final )?decision)\\b|\\b(?:is|are|was|were|remains?|has|have) yet to be (?:made|taken|decided|agreed)\\b|\\b(?:has|have|had) not (?:yet )?(?:decided|made (?:a|its|their|any) (?:final )?decision)\\b|\\bundecided\\b|\\b(?:will|would|shall|is to|are to) (?:only )?(?:decide|make (?:a|its|their|the) (?:final )?decision) (?:on|whether|if|about)\\b|\\bno (?:final )?decision (?:has been|had been|was|is) (?:made|taken)\\b|\\b(?:will|would|shall) not (?:make|take) (?:any|a|its|their|the) (?:final )?decision\\b|\\b(?:has|have|had|is|are|was|were) not (?:yet )?been (?:decided|settled)\\b|\\bis a decision (?:that |which )?(?:[\\w'’]+\\s+){1,3}?(?:will|would|must|shall|has to|have to|would have to) (?:take|make)\\b",
    ),
    hint: /decide|decision|no plan/i,
  },
  // Phenomenon: a decision with its date between the verb and its object ("decided on Thursday
  // to give", "agreed last week to send"): as firm as "decided to".
  {
    cue: "commit",
    id: "stance-word/a-decision-with-its-date",
    phenomenon: "a decision with its date between the verb and its object",
    examples: [
      "decided on Thursday to give",
      "agreed last week to send",
      "pledged earlier this month to fund",
      "signed up on Wednesday to take part",
      "offered last week to host",
    ],
    counterExamples: ["decided on Thursday", "met last week to discuss", "signed up on Wednesday"],
    re: g(
      "\\b(?:decided|agreed|voted|promised|vowed|pledged|undertook|resolved|committed|offered|signed up)\\s+(?:on\\s+[A-Z][a-z]+|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year)|earlier\\s+(?:this\\s+)?(?:week|month|year)|yesterday|today|in\\s+[A-Z][a-z]+)\\s+to\\b",
    ),
    hint: /decided|agreed|voted|promised|vowed|pledged|undertook|resolved|committed|offered|signed up/,
  },
  {
    cue: "consider",
    id: "stance-word/modal-hedges",
    phenomenon: "modal hedges",
    examples: ["could", "might", "may"],
    counterExamples: ["will"],
    re: /\b(?:could|might|may)\b/gu,
  },
  // capability, not a pledge: "will be able to take part", "would be in a position to contribute"
  // (claims the "will" before the commit cues run)
  {
    cue: "consider",
    id: "stance-word/capability-not-a-pledge",
    phenomenon: "capability, not a pledge",
    examples: ["will be able to", "would have the capacity to", "will have the means to", "would be in a position to"],
    counterExamples: ["will be there", "would have to", "would be in no position to", "would position troops"],
    re: g(
      "\\b(?:will|would|shall)\\s+be\\s+(?:able|in\\s+a\\s+position)\\s+to\\b|\\b(?:will|would|shall)\\s+have\\s+the\\s+(?:capacity|capability|capabilities|ability|means)\\s+to\\b",
    ),
  },
  // permission for others is support, and claims "agreed to" before the pledges run
  {
    cue: "support",
    id: "stance-word/support-only-by-permission",
    phenomenon: "support only by permission",
    examples: ["agreed to allow", "consents to let"],
    counterExamples: ["agreed to send"],
    re: g("\\b(?:agree[sd]?|consent(?:s|ed)?) to (?:allow|let|accept|permit)\\b"),
  },
  {
    cue: "commit",
    id: "stance-word/pledges-plans-and-readiness",
    phenomenon: "pledges, plans and readiness",
    examples: [
      "will",
      "plans to",
      "is ready",
      "pledged",
      "is already supplying",
      "is selling",
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
      "is offering to",
      "became the first country to send",
      "is determined to",
      "has signed up to",
      "is poised to",
      "expects to deploy",
      "has already started training",
      "have begun to deliver",
      // Past gifts told as background: what was given is a committed part.
      "has given Ukraine more than",
      // and money or means contributed ("has contributed 300 million euros through the fund")
      "has so far contributed",
      "has so far given weapons worth",
      "have handed over weapons",
      "has so far approved eleven military aid packages",
    ],
    counterExamples: [
      "wilful",
      "future pledges",
      "the pledge",
      "set aside their differences",
      "became the first country to refuse",
      "a determined effort",
      "signed the deal",
      "expects Germany to",
      "has started making changes to",
      "is expected to send",
      "has given no details",
      "has provided assurances",
      "approved the agenda",
    ],
    // The look-behind of "pledge" (not "the pledge", "future pledges") comes after "pledg", so
    // that it runs only where the word is: before it, it ran at every position.
    re: g(
      "\\bwill\\b|['’]ll\\b|\\bshall\\b|\\bplan(?:s|ned|ning)? to\\b|\\bready\\b|\\bprepared\\b|\\bpledg(?<!\\b(?:the|a|its|their|our|his|her|future|new|previous|earlier|past|such|these|those|of) pledg)(?:e|es|ed|ing)\\b|\\breadiness\\b|\\bintent(?:ion)? to\\b|\\boffered\\b|\\bsign(?:ed|s)? (?:a |an |the )?(?:[\\w-]+ )?(?:agreement|deal|declaration|pact|memorandum|accord)s? (?:to|on|of)\\b|\\bcommit(?:s|ted|ting)? to\\b|\\bvow(?:s|ed)? to\\b|\\bpromis(?:e|es|ed) to\\b|\\bundert(?:ake|akes|ook) to\\b|\\bstands? ready\\b|\\bintends? to\\b|\\b(?:determined|resolved) to\\b|\\b(?:poised|on track|on course) to\\b|\\b(?:ha(?:s|ve|d)\\s+(?:already\\s+)?|already\\s+)(?:started|begun|began)\\b(?=\\s+(?:to\\s+)?(?:send|deploy|train|suppl|deliver|provid|fund|financ|produc|transfer|donat|station|patrol|monitor)\\w*\\b)|\\bexpect(?:s|ing)? to (?=(?:send|deploy|provide|contribute|deliver|supply|join|take part|station|train|fund|finance|lead|host|open)\\b)|\\bsign(?:s|ed|ing)? up (?:to|for)\\b|\\bdecided to\\b|\\bagreed to\\b|\\bresum\\w+\\b|\\bcontinu\\w+ (?:to|its|their)\\b|\\b(?:is|are|was|were) (?:already |currently |still |now )?(?:sending|deploying|providing|supplying|delivering|selling|training|financing|funding|contributing|helping)\\b|\\boffer(?:s|ed|ing)? to\\b|\\bbec(?:ame|ome|omes|oming) the first (?:[\\w-]+ ){0,4}?to\\b(?=\\s+(?:buy|purchase|send|provide|deliver|fund|finance|supply|pledge|commit|deploy|join|sign|donate|transfer|train|offer|contribute|give)\\b)|\\bset to\\b|\\baims? to\\b|\\bwants? to (?=contribute|send|take part|participate|join|deploy|provide|help|lead|play)|\\bgoing to\\b|\\bwould\\b|\\bannounc(?:ed|es|ing)\\b|\\b(?:allocat|earmark|unveil)(?:ed|es|ing|s)\\b|\\bvot(?:ed|es|ing) (?:to|in favou?r of|for)\\b|\\bset(?:s|ting)? aside(?= (?:[€$£\\d]|(?:[\\w.,]+ ){0,2}?(?:billion|million|funds?|money)\\b))|\\bma(?:de|kes?|king) available\\b|\\bha(?:s|ve) (?:already |so far )?(?:delivered|supplied|sent|deployed|trained|allocated|transferred|donated|contributed)\\b|\\bha(?:s|ve) (?:already |so far )?(?:given|handed over)(?= (?:Ukraine|Kyiv)\\b| (?:[\\w-]+ ){0,2}?(?:military aid|weapons|arms)\\b)|\\bapprov(?:ed|es)\\s+(?=(?:[\\w-]+\\s+){0,3}?(?:aid|weapons|arms)\\s+packages?\\b)|\\bapprov(?:ed|es)\\s+(?=(?:the\\s+|a\\s+)?(?:sending|deploying|deployment|dispatch|delivery|provision|supply|transfer|participation|package|plan|providing|supplying|delivering|transferring|financing|funding)\\b)",
    ),
  },
  // Phenomenon: the nominal style of translated copy, a pledge confirmed or ordered as a noun
  // ("confirmed the dispatch of several thousand soldiers", "ordered the deployment of two
  // frigates", "confirmed Spain's participation in the mission"): committed, as "announced"
  // is. Only a noun of sending or taking part after it; confirming talks, a meeting or that
  // something was said is no pledge ("confirmed that" is a reporting frame). So is money or a
  // package confirmed as new ("confirms an extra NZ$10 million for the trust fund", "confirmed a
  // further aid package"), the announcement of a pledge.
  {
    cue: "commit",
    id: "stance-word/confirming-a-nominal-pledge",
    phenomenon: "confirming or ordering the dispatch, deployment or participation of a country's means",
    examples: [
      "confirmed the dispatch of",
      "ordered the deployment of",
      "confirms the sending of",
      "has confirmed Spain's participation in",
      "confirmed the delivery of",
      "confirmed Polish participation in",
      "confirms an extra NZ$10 million",
      "confirmed a further €50 million",
      "confirmed a new aid package",
    ],
    counterExamples: [
      "confirmed a new date for the talks",
      "confirmed the talks",
      "confirmed that",
      "ordered an inquiry into",
      "confirmed the date of the meeting",
      "confirmed reports of",
    ],
    re: g(
      "\\b(?:confirm(?:s|ed|ing)?|order(?:s|ed|ing)?)\\s+(?=(?:(?:the|its|their|a|an)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:dispatch|deployment|sending|delivery|deliveries|transfer|provision|participation|contribution)\\s+(?:of|in|to)\\b|(?:(?:a|an)\\s+)?(?:extra|further|additional|new|fresh)\\s+(?:[a-z]{0,3}[€$£¥]|\\d|(?:aid\\s+)?(?:package|tranche)\\b))",
    ),
    hint: /confirm|order/i,
  },
  // Phenomenon: a pledge being prepared ("is preparing to send warships", "prepares to deploy",
  // "is gearing up to send"),
  // as "prepared to" and "plans to" are; preparing for something is no pledge.
  {
    cue: "commit",
    id: "stance-word/a-pledge-being-prepared",
    phenomenon: "a pledge being prepared",
    examples: ["is preparing to send", "prepares to deploy", "was preparing to dispatch", "is gearing up to send"],
    counterExamples: [
      "preparing for a ceasefire",
      "the preparation of talks",
      "prepare the ground",
      "gearing up to the summit",
    ],
    re: /\bprepar(?:es|ing) to\b|\bgear(?:s|ed|ing)? up to (?=(?:send|deploy|lead|host|join|take part|contribute|provide|train|patrol|station)\b)/gu,
  },
  // Phenomenon: eagerness to do one's part ("is keen to host a hub", "eager to contribute
  // troops"): a readiness, committed as "willing" is; keen to see or to avoid something is no
  // pledge, so the verb after it must be one of doing one's part.
  {
    cue: "commit",
    id: "stance-word/eagerness",
    phenomenon: "keen or eager to do its part",
    examples: ["is keen to host", "eager to contribute", "keen to take part", "would be keen to lead"],
    counterExamples: ["keen to see a ceasefire", "eager to avoid escalation", "keen interest"],
    re: g(
      "\\b(?:keen|eager)\\s+to\\s+(?=(?:send|deploy|host|contribute|take part|participate|join|provide|lead|help|play|train|supply|deliver|fund|finance|station|share|offer|patrol|monitor)\\b)",
    ),
    hint: /keen|eager/i,
  },
  {
    cue: "commit",
    id: "stance-word/willingness",
    phenomenon: "willingness",
    examples: ["willing", "willingness"],
    // "the coalition of the willing" is a name: its "willing" pledges nothing.
    counterExamples: ["unwillingly", "the coalition of the willing", "the Coalition of the Willing"],
    re: /(?<!\b[Oo]f the )\bwilling(?:ness)?\b/gu,
  },
  // Phenomenon: a nominal pledge with its owner and no modal ("Norway's offer of minehunters",
  // "its contribution of two frigates", "the Polish provision of a hub"): an offer, contribution,
  // provision or donation that is a country's own is its pledge. Without an owner ("the offer
  // of talks", "the provision of jets remains open") it is a noun in analysis, no pledge. The
  // look-ahead comes first so that the look-behind runs only where the noun is.
  {
    cue: "commit",
    id: "stance-word/a-nominal-pledge-with-its-owner",
    phenomenon: "a nominal pledge with its owner",
    examples: [
      "Norway's offer of minehunters",
      "its contribution of two frigates",
      "the Polish provision of a hub",
      "Britain’s new offer of jets",
      "their donation of",
      "Denmark's offer includes",
      "its offer on Monday:",
      "Sweden's new contribution consists of",
    ],
    counterExamples: [
      "the offer of talks",
      "the provision of jets remains open",
      "a new offer of",
      "The contribution of",
      "the offer includes",
      "a package of sanctions",
      "Russia's package of sanctions: none",
    ],
    re: new RegExp(
      `\\b(?=${NOMINAL_PLEDGE_NOUN}${NOMINAL_PLEDGE_CONTENT})(?<=(?:['’]s|\\b(?:its|their|our|his|her)|\\b(?:the|a|an)\\s+[A-Z][\\w-]*)\\s+(?:[\\w-]+\\s+)?)${NOMINAL_PLEDGE_NOUN}${NOMINAL_PLEDGE_CONTENT}`,
      "g",
    ),
    hint: /\b(?:offer|contribution|provision|donation|pledge)s?\b/,
  },
  // what an agreement text does: "the agreement provides for", "the deal covers", "the pact commits"
  // Phenomenon: a country named by its part as a predicate ("Germany is the second-largest
  // supplier of weapons to Ukraine", "X and Y are the top buyers of arms for Ukraine"): what it
  // supplies, gives or buys for Ukraine is its committed part.
  {
    cue: "commit",
    id: "stance-word/a-giver-by-its-role",
    phenomenon: "a country named as a supplier, donor or buyer of what Ukraine gets",
    examples: [
      "is the second-largest supplier of",
      "are the top buyers of",
      "is one of the biggest donors of",
      "remains a leading contributor of",
      "has been among the main providers of",
    ],
    counterExamples: ["the supplier of the parts said", "a donor conference", "is the supplier's"],
    re: g(
      "\\b(?:is|are|was|were|remains?|remained|has been|have been|became|becomes)\\s+(?:(?:one|among)\\s+(?:of\\s+)?)?(?:(?:the|a|an|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:suppliers?|donors?|providers?|contributors?|buyers?|purchasers?|funders?|financiers?)\\s+of\\b",
    ),
    hint: /suppl|donor|provider|contributor|buyer|purchaser|funder|financier/i,
  },
  // Phenomenon: a delivery under way told from what is delivered ("the shells are on their way to
  // Ukraine", "drones are headed to Ukraine as part of a new package, the minister said"): the
  // gift is committed; its giver is the one who speaks of it (subjects/money-as-subject).
  {
    cue: "commit",
    id: "stance-word/a-delivery-under-way",
    phenomenon: "a delivery under way, told from what is delivered",
    examples: ["are headed to", "is on its way to", "are being shipped to", "were dispatched to"],
    counterExamples: ["headed the delegation", "on the way to peace talks", "the way to"],
    re: g(
      "\\b(?:is|are|was|were)\\s+(?:now\\s+|already\\s+)?(?:headed|heading|on (?:its|their) way)\\s+to\\b|\\b(?:is|are|was|were|has been|have been)\\s+(?:now\\s+|already\\s+)?(?:being\\s+)?(?:shipped|dispatched|flown|transported)\\s+to\\b",
    ),
    hint: /headed|heading|on (?:its|their) way|shipped|dispatched|flown|transported/i,
  },
  // Phenomenon: a mission told as already at work ("our training mission is already working in
  // Poland", "the monitoring mission has been operating since May", "the hub is up and running"):
  // a commitment under way, as a delivery under way is. Only a mission, programme, operation or
  // hub as the subject, and not working on or towards something ("is working on a plan").
  {
    cue: "commit",
    id: "stance-word/a-mission-at-work",
    phenomenon: "a mission, programme or hub told as already at work",
    examples: [
      "training mission is already working",
      "monitoring mission has been operating since May",
      "hub is up and running",
      "programme is under way",
      "programme for Ukrainian pilots has been running",
    ],
    counterExamples: ["is working on a plan", "mission is working towards a deal", "the minister is working"],
    re: g(
      "\\b(?:mission|programme|program|operation|hub|centre|center)(?:\\s+(?:for|in|of|at)\\s+(?:[\\w'’-]+\\s+){1,3}?|\\s+)(?:is|are|has been|have been)\\s+(?:already\\s+|now\\s+|still\\s+)?(?:working|operating|running|up and running|under\\s?way|active)\\b(?!\\s+(?:on|to|towards|with)\\b)",
    ),
    hint: /working|operating|running|under\s?way|active/i,
  },
  // Phenomenon: weapons given in the past, told as background in the simple past or the
  // pluperfect ("Italy and France supplied Kyiv with an air defence battery last year", "said
  // Croatia had so far delivered military aid worth ...", "the Government approved last year a
  // package of military aid", "confirmed a further package of military assistance", "has committed
  // $4.5 billion in military aid"): a gift made is the donor's committed part, as "has given Ukraine
  // ..." is. The verb must be followed, within a few words, by what is given as arms or by a
  // package or a sum, so that troops sent in the past, a speech delivered or a report confirmed
  // stay no pledge.
  {
    cue: "commit",
    id: "stance-word/weapons-given-in-the-past",
    phenomenon: "weapons or military aid given in the past, told as background",
    examples: [
      "supplied Kyiv with a second air defence battery",
      "had so far delivered military aid",
      "approved last year a package of military aid",
      "has approved seven packages of military-technical assistance",
      "confirmed a further $95 million package of military assistance",
      "has committed more than $19 billion in assistance",
      "donated 40 tanks",
      "handed over artillery systems",
      "have jointly financed a package of artillery systems",
    ],
    counterExamples: [
      "sent troops to Iraq",
      "has sent military personnel",
      "delivered a speech",
      "confirmed the report",
      "has committed to the plan",
      "approved the agenda",
      "supplied the details",
      "funded the study",
    ],
    re: g(
      "\\b(?:(?:ha(?:s|ve|d)\\s+)?(?:already\\s+|so far\\s+|also\\s+|jointly\\s+)?(?:supplied|delivered|donated|handed over|transferred|shipped|sent|gave|provided|financed|funded|paid for))\\b(?=\\s+(?:(?:to\\s+)?(?:Kyiv|Kiev|Ukraine|the Ukrainians?)\\s+(?:with\\s+)?)?(?:[\\w$€£.,/-]+\\s+){0,5}?(?:weapons|arms|military(?:-technical)?\\s+(?:aid|assistance|equipment|support|hardware|packages?)|air[\\s-]defen[cs]e|tanks|missiles|artillery|ammunition|shells|howitzers|jets|drones|batter(?:y|ies)|launchers|packages?)\\b)|\\b(?:ha(?:s|ve|d)\\s+)?(?:approv(?:ed|es)|confirm(?:ed|s))\\b(?=\\s+(?:[\\w$€£.,-]+\\s+){0,5}?packages?\\s+of\\b)|\\bha(?:s|ve|d)\\s+(?:already\\s+|so far\\s+)?committed\\b(?=\\s+(?:(?:more than|over|about|around|some|nearly|almost|roughly)\\s+)?[€$£\\d])",
    ),
    hint: /suppl|deliver|donat|hand|transfer|ship|sent|gave|provided|financed|funded|paid|approv|confirm|committed/i,
  },
  // Phenomenon: what donors have given, told from the gift ("the programme has been funded by
  // Norway and Finland", "the money was sourced from several countries, including ..."): a gift
  // made is committed, its donors the agents after "by" / "from" (subjects/donors-of-a-gift).
  {
    cue: "commit",
    id: "stance-word/a-gift-and-its-donors",
    phenomenon: "what donors have given, told in the passive from the gift",
    examples: [
      "has been funded by",
      "was sourced from",
      "were largely paid for by",
      "is financed by",
      "have been donated by",
      "is financed through a loan from",
      "was paid for with a grant from",
    ],
    // Phenomenon: the gift's instrument named between the verb and its donor ("is financed
    // through a loan from UK Export Finance"): the lender after "from" gave it.
    counterExamples: [
      "will be funded by",
      "was led by",
      "is provided for",
      "was received from",
      "will be financed through a loan from",
    ],
    re: g(
      "\\b(?:ha(?:s|ve|d) been|was|were|is|are)\\s+(?:\\w+ly\\s+)?(?:funded|financed|paid for|supplied|donated|delivered|contributed|sourced|raised|provided)\\s+(?:(?:through|with|via|by)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:loans?|grants?|credits?|credit\\s+lines?|funds?)\\s+)?(?:by|from)\\b",
    ),
    hint: /funded|financed|paid for|supplied|donated|delivered|contributed|sourced|raised|provided/i,
  },
  // Phenomenon: a part carried on ("has extended its deployment of instructors to train ...",
  // "renewed its training mission"): an action under way, committed like "is already supplying".
  {
    cue: "commit",
    id: "stance-word/a-part-carried-on",
    phenomenon: "extending or renewing one's own deployment, mission or support",
    examples: ["has extended its deployment of", "renewed their training mission", "will prolong its support"],
    counterExamples: ["extended talks", "an extended period", "extended its condolences"],
    re: g(
      "\\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?)\\s+(?:its|their|our|his|her|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:deployments?|missions?|support|training|contributions?|programmes?|programs?|commitments?|presence)\\b",
    ),
    hint: /extend|prolong|renew/i,
  },
  // Phenomenon: thanks for help given ("Zelensky thanked Portugal for the new air defence
  // systems"): the ones thanked gave it; the one who thanks holds no position (subjects.ts).
  {
    cue: "commit",
    id: "stance-word/thanked-for",
    phenomenon: "the ones thanked for their help gave it",
    examples: [
      "thanked Portugal for",
      "thanks Norway and Sweden for their",
      "expressed gratitude to Italy for",
      "grateful to Britain and France for",
    ],
    counterExamples: ["thanks to the ceasefire", "thank you", "thankful"],
    re: g(
      "\\b(?:thank(?:s|ed|ing)?|(?:expressed|expresses|expressing) (?:his |her |their |its )?(?:gratitude|thanks) to|grateful to)\\s+(?!to\\b|you\\b)(?:[^.;:]{1,60}?)\\s+for\\b",
    ),
    hint: /thank|gratitude|grateful/i,
  },
  // Phenomenon: a promise with its object ("Washington has so far promised only intelligence
  // sharing", "his counterpart, who promised two more launchers"): a pledge as "promised to" is,
  // in the perfect or a relative clause only. Not the participle of a thing promised ("the
  // promised jets", "was promised jets", "the jets promised by Norway"), nor a bare past
  // ("Norway promised"): read everywhere, it proposed a position the corpus does not hold.
  {
    cue: "commit",
    id: "stance-word/promised-something",
    phenomenon: "a promise with its object, in the perfect or a relative clause, is a pledge",
    examples: ["has so far promised only", "who promised two more", "have already promised", "had promised"],
    counterExamples: [
      "the promised jets",
      "long-promised",
      "was promised jets",
      "jets promised by Norway",
      "more promises",
      "Norway promised",
      "had promised to",
    ],
    re: g(
      "(?<=\\b(?:has|have|had|who|which|that)\\s+(?:(?:so far|already|also|now|just|since|previously|repeatedly|recently)\\s+)?)promised\\b(?!\\s+(?:by|to)\\b)",
    ),
    hint: /promised/i,
  },
  {
    cue: "commit",
    id: "stance-word/what-an-agreement-text-does",
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
    id: "stance-word/what-an-agreement-included",
    phenomenon: "what an agreement included",
    examples: ["the agreement which included", "a pact that includes"],
    counterExamples: ["the package included"],
    re: g(
      "(?<=\\b(?:agreement|deal|pact|accord|declaration|memorandum|document|treaty)s?\\b[^.;]{0,40}?)\\binclud(?:es|ed)\\b",
    ),
    hint: /\binclud(?:es|ed)\b/i,
  },
  // Phenomenon: a nominal pledge named with no owner but a demonstrative or the article, its
  // owner in the sentence before ("Germany announced a new package. This package includes four
  // Patriot systems."): what the measure holds is committed (its owner: subjects/measure-just-named).
  // The verb first, so the look-behind runs only where a verb of content stands.
  {
    cue: "commit",
    id: "stance-word/content-of-a-measure-just-named",
    phenomenon: "what a package, offer or plan named just before holds",
    examples: ["This package includes", "The offer covers", "The plan also foresees", "the new contribution comprises"],
    counterExamples: ["Britain's plan includes", "the package was approved", "The US plan includes", "a plan includes"],
    re: g(
      "\\b(?:includes|included|comprises|consists of|covers|covered|foresees|envisages|provides for)\\b(?<=\\b(?:this|that|the|such an?)\\s+(?:(?:new|latest|first|second|whole|entire|proposed|promised|announced)\\s+)?(?:package|offer|contribution|plan|pledge|donation)\\s+(?:also\\s+)?\\w+(?:\\s+(?:of|for))?)",
    ),
    hint: /(?:package|offer|contribution|plan|pledge|donation)\s+(?:also\s+)?(?:includ|compris|consists|cover|forese|envisag|provides)/i,
  },
  // Phenomenon: support declared as a noun ("has voiced its support for", "expressed strong
  // backing for", "is supportive of", "has thrown its weight behind"): support in principle.
  {
    cue: "support",
    id: "stance-word/support-declared",
    phenomenon: "support declared: voiced its support for, thrown its weight behind",
    examples: [
      "has voiced its support for",
      "expressed strong backing for",
      "reiterated their full support for",
      "is supportive of",
      "has thrown its weight behind",
      "gave its backing to",
      "signalled support on Tuesday for",
      "has been vocal in its support for",
      "lent political support to",
    ],
    // Phenomenon: the day or a word between the verb and "for" ("signalled support on Tuesday
    // for"), support called vocal, and support that is only political or diplomatic ("would lend
    // political support to a task force") are support too, not the speaker's own part.
    counterExamples: ["support for Ukraine's army", "the weight of the force", "voiced concern", "vocal critics"],
    re: g(
      "\\b(?:voic|express|declar|signal|reaffirm|reiterat|underlin|stat)\\w* (?:(?:its|their|his|her|our|strong|full|firm|clear|unequivocal|continued)\\s+)*(?:support|backing) (?:(?:on\\s+[A-Z][a-z]+day|again|today|yesterday|this\\s+week)\\s+)?(?:for|to)\\b|\\bvocal\\s+(?:in\\s+)?(?:(?:its|their|his|her|our)\\s+)?(?:support|backing)\\s+(?:for|of)\\b|\\b(?:lend|lends|lent|lending|give|gives|gave|giving|offer\\w*)\\s+(?:(?:its|their|his|her|our|full|strong)\\s+)*(?:political|diplomatic)\\s+(?:support|backing)\\s+(?:to|for)\\b|\\bsupportive of\\b|\\b(?:gave|give|gives|giving|lent|lend|lends) (?:its|their|his|her|our) (?:full |strong )?(?:support|backing) to\\b|\\b(?:throw|throws|threw|thrown|throwing|put|puts|putting) (?:its|their|his|her|our) (?:full )?weight behind\\b",
    ),
    hint: /support|backing|weight behind/i,
  },
  // Phenomenon: support in the idioms of news copy ("is among the countries calling for", "a
  // joint statement calling for", "a leading voice for", "is behind the idea of", "saw merit in",
  // "was the right way to"): support in principle for the measure named after it. Not
  // "calling for calm" on its own (no measure follows: the cue needs a type to govern), "behind
  // the attack", or "the right to".
  {
    cue: "support",
    id: "stance-word/support-in-news-idioms",
    phenomenon:
      "support in news idioms: calling for, a leading voice for, behind the idea, saw merit in, the right way",
    examples: [
      "is among the countries calling for",
      "signed a joint statement calling for",
      "has been a leading voice for",
      "one of the strongest voices in favour of",
      "is behind the idea of",
      "are firmly behind the plan",
      "saw merit in",
      "sees real value in",
      "was the right way to",
      "the best approach to",
    ],
    counterExamples: [
      "was behind the attack",
      "the right to",
      "a voice message",
      "see the value of the euro",
      "right away",
    ],
    re: g(
      "\\bcalling for\\b|\\b(?:leading|loudest|strongest|strong|prominent|main|key)\\s+(?:voices?|advocates?|champions?)\\s+(?:for|of|in\\s+favou?r\\s+of)\\b|\\b(?:is|are|was|were|be|been|remains?|stands?)\\s+(?:(?:firmly|squarely|fully|solidly|very\\s+much)\\s+)?behind\\s+(?:the|a|an|any|this|that)\\s+(?:idea|plan|proposal|push|initiative|call|concept)s?\\b|\\b(?:sees?|saw|seeing|seen)\\s+(?:(?:some|real|great|much|a\\s+lot\\s+of)\\s+)?(?:merit|value|sense)\\s+in\\b|\\b(?:the|a)\\s+(?:right|best|only\\s+sensible|most\\s+sensible)\\s+(?:way|approach|answer|path|step)\\s+(?:to|for|forward)\\b",
    ),
    hint: /calling|voice|advocate|champion|behind|merit|value|sense|right|best|sensible/i,
  },
  {
    cue: "support",
    id: "stance-word/support-in-principle-calls-and-needs",
    phenomenon: "support in principle, calls and needs",
    examples: [
      "has been negotiating with its partners for",
      "lobbied for",
      "a central element of",
      "supports the idea",
      "supports Britain's plan",
      "supports collective defence commitments",
      "backs NATO-style security guarantees",
      "supports initiatives by Paris",
      "supported efforts to establish",
      "welcomes",
      "backs the plan",
      "backed Norway’s offer",
      "has championed an Article 5-style guarantee",
      "champions the idea",
      "supports security guarantees modelled on",
      "supported a European reassurance force",
      "backs collective defence commitments",
      "backs European air policing",
      // a phrase quoted inside indirect speech, as translated copy quotes the words it renders
      'supported "all efforts conducive to peace", including',
      "backs “a European-led force”",
      "in favour of",
      "favours extending",
      "is proposing",
      "consistent with",
      "calls for",
      "push for",
      "has suggested forming",
      "called on partners to",
      "should",
      "must",
      "is key",
      "needs",
    ],
    counterExamples: [
      "supporter",
      "supports Britain",
      "Central Europe",
      "supports Ukrainian families",
      "supports Ukrainian forces",
      "the champions of",
      "supported by the United States",
    ],
    re: g(
      `\\bsupport(?:s|ed)?\\s+(?=["“]?(?:the|a|an|any|such|sending|deploying|providing|guarantees?|Ukraine's|[A-Z][\\w-]*['’]s\\s|(?:plans|initiatives|proposals|efforts|offers)\\s+(?:by|from|to)\\b|${SUPPORTED_MEASURE}))|\\bwelcom\\w+\\b|\\bback(?:s|ed|ing)?\\s+(?=["“]?(?:the|a|an|any|such|[A-Z][\\w-]*['’]s\\s|${SUPPORTED_MEASURE}))|\\bendors\\w+\\b|\\bchampion(?:ed|ing)\\b|\\bchampions\\s+(?=the|a|an|any|such)|\\bin favou?r of\\b|\\bfavou?r(?:s|ed|ing)?\\s+(?=the|a|an|any|such|sending|deploying|providing|extending|guarantees?)|\\bconsistent with\\b|\\bcalls? for\\b|\\bcalled for\\b|\\bpush(?:es|ed|ing)? for\\b|\\bsuggest(?:s|ed|ing)?\\s+(?=(?:establishing|sending|deploying|creating|setting up|forming|building)\\b)|\\bcall(?:s|ed|ing)? on\\b|\\burg(?:e|es|ed|ing)\\b|\\bshould\\b|\\bmust\\b|\\b(?:has|have|need|needs) to be\\b|\\bkey\\b|\\bcore\\b|\\bessential\\b|\\bcrucial\\b|\\bvital\\b|\\bcentral (?:element|part|pillar|component|priority)\\b|\\bimportant\\b|\\bnecessary\\b|\\bpropos(?:e|es|ed|ing)\\b|\\bproposals?\\b|\\badvocat\\w+\\b|\\ballow(?:s|ed|ing)?\\b|\\binsist(?:s|ed|ing)? on\\b|\\bdemand(?:s|ed|ing)?\\b|\\bseek(?:s|ing)?\\b|\\bnegotiat(?:es|ed|ing) (?:with [^,.;]{1,40}? )?for\\b|\\b(?:ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?) for\\b|\\bwants?\\b|\\bexpect(?:s|ed)?\\b|\\bneeds?\\b|\\bcounts? on\\b|\\brel(?:y|ies) on\\b`,
    ),
  },
  // Phenomenon: support by arguing, advocacy nouns and needs said after the measure ("argued for a
  // European air shield", "has been lobbying Washington for a backstop", "a strong proponent of
  // air defence cover", "described guarantees as indispensable", "allied jets ought to patrol",
  // "a naval mission is needed"): support in principle. Not "argued against", a lobby that names
  // no measure ("the lobbying industry"), or "needed" as one's own want ("needed to leave").
  {
    cue: "support",
    id: "stance-word/support-by-argument-advocacy-and-need",
    phenomenon:
      "support by arguing for, lobbying someone for, being a proponent of, indispensable, ought to, is needed",
    examples: [
      "argued for",
      "argued on Tuesday for",
      "argues for",
      "has been lobbying the Trump administration for",
      "lobbied Washington for",
      "a strong proponent of",
      "proponents of",
      "indispensable",
      "ought to",
      "A naval mission is needed",
      "guarantees are urgently needed",
    ],
    counterExamples: [
      "argued against",
      "the lobbying industry",
      "needed to leave",
      "more time is needed",
      "an opponent of",
      "lobbying",
    ],
    re: g(
      "\\bargu(?:e|es|ed|ing)(?: [\\w-]+){0,2}? for\\b|\\blobb(?:y|ies|ied|ying) (?:[\\w-]+ ){1,4}?for\\b|\\bproponents? of\\b|\\bindispensable\\b|\\bought to\\b|\\b(?:mission|force|forces|presence|guarantees?|backstop|shield|policing|patrols?|observers|monitors|troops) (?:is|are|will be|would be) (?:(?:urgently|badly|also|still|clearly) )?needed\\b",
    ),
    hint: /argu|lobb|proponent|indispensable|ought|needed/i,
  },
  // Phenomenon: idioms of advocacy ("made the case for a monitoring mission", "a plea for an air
  // shield", "gave its blessing to the plan", "is keen on", "a firm believer in", "stands behind
  // the idea of", "is pushing hard for"): support in principle. Not standing behind one's own
  // pledge ("stands behind its pledge to send"). ("Among the strongest supporters of" is left out:
  // a supporter is as often the country's of Ukraine as of a measure.)
  {
    cue: "support",
    id: "stance-word/support-idioms-of-advocacy",
    phenomenon: "idioms of advocacy: made the case for, a plea for, its blessing to, keen on, stands behind",
    examples: [
      "made the case for",
      "has made a strong case for",
      "made a plea for",
      "an appeal for",
      "gave its blessing to",
      "is keen on",
      "a firm believer in",
      "stands behind the idea of",
      "is pushing hard for",
    ],
    counterExamples: ["stands behind its pledge", "supporters of the measure", "in case of", "keen to"],
    re: g(
      "\\bma(?:de|ke|kes|king) (?:a|the|its|their|his|her) (?:(?:strong|clear|powerful|compelling) )?case for\\b|\\b(?:plea|appeal)s? for\\b|\\b(?:gave|give|gives|giving) (?:its|their|his|her) (?:full )?blessing to\\b|\\bkeen on\\b|\\bbelievers? in\\b|\\bst(?:and|ands|ood|anding) (?:(?:firmly|squarely|fully) )?behind\\b(?!\\s+(?:its|their|our|his|her|my)\\b)|\\bpush(?:es|ed|ing)? (?:hard|strongly|firmly|again|publicly) for\\b",
    ),
    hint: /case for|plea|appeal|blessing|keen on|believer|behind|push/i,
  },
  // Phenomenon: support by pressing, lobbying or rallying others ("pressed allies to station
  // minehunters", "is lobbying its EU partners to set up a naval mission", "is rallying its
  // partners behind an air policing mission") or by co-sponsoring a text that calls for the
  // measure ("co-sponsored a resolution calling for a verification mission"): the measure
  // others are to carry out, the subject's support (as "urged allies to"). Not the press ("told
  // the press to"), pressing ahead with one's own plan, a rally in a square, or sponsoring a
  // team.
  {
    cue: "support",
    id: "stance-word/pressing-lobbying-and-rallying-others",
    phenomenon: "support by pressing or lobbying others to act, rallying them behind a measure, co-sponsoring a call",
    examples: [
      "pressed allies to",
      "is pressing its European partners to",
      "is lobbying its EU partners to",
      "lobbied Washington to",
      "is rallying its Nordic and Baltic partners behind",
      "rallied allies around",
      "co-sponsored a resolution",
      "co-sponsors the UN resolution",
    ],
    counterExamples: [
      "told the press to",
      "pressed ahead with",
      "a rally behind the town hall",
      "rallied in the square",
      "sponsored a football team",
      "the press conference",
    ],
    re: g(
      "\\b(?:press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|nudg(?:e|es|ed|ing))\\s+(?:(?:its|their|his|her|our|the|fellow|other|European|Western|EU|NATO|Nordic|Baltic|key|reluctant)\\s+){0,3}(?:allies|partners|governments|members|capitals|leaders|counterparts|[A-Z][a-z]+)\\s+to\\b|\\brall(?:ies|ied|ying)\\s+(?:(?:its|their|his|her|our|the|fellow|other|European|Western|EU|NATO|Nordic|Baltic|and|key)\\s+){0,4}(?:allies|partners|governments|members|capitals|leaders|countries|nations|[A-Z][a-z]+)\\s+(?:behind|around)\\b|\\bco-?sponsor(?:s|ed|ing)?\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:resolution|motion|declaration)\\b",
    ),
    hint: /press|lobb|nudg|rall|sponsor/i,
  },
  // Phenomenon: a measure named as what another cannot do without ("a European force made no
  // sense without an American guarantee behind it", "the mission would be meaningless without
  // air cover", "would not work without the United States"): support for the measure after
  // "without". Not "without delay", nor "no sense" alone.
  {
    cue: "support",
    id: "stance-word/nothing-without-it",
    phenomenon: "a measure named as what another cannot do without",
    examples: [
      "made no sense without",
      "makes little sense without",
      "would be meaningless without",
      "would not work without",
      "cannot function without",
    ],
    counterExamples: ["made no sense", "will work without delay", "without a doubt", "it made sense"],
    re: g(
      "\\b(?:(?:ma(?:de|kes?|king))\\s+(?:no|little)\\s+sense|(?:is|are|was|were|would\\s+be|will\\s+be)\\s+(?:meaningless|pointless|worthless|unthinkable|inconceivable)|(?:can(?:not|'t|’t)|could\\s+not|would\\s+not|will\\s+not|won't|won’t|wouldn't|wouldn’t)\\s+(?:work|function|succeed))\\s+without\\b(?!\\s+(?:delay|a\\s+doubt|question)\\b)",
    ),
    hint: /without/i,
  },
  // Phenomenon: support by relying or wanting ("Kyiv is counting on an American backstop", "Kyiv
  // wanted Washington to commit to a backstop") or by calling the measure the only or best
  // guarantee ("foreign troops were the only real guarantee that ..."); not "wanted to" (a past
  // intention, or "wanted to know").
  {
    cue: "support",
    id: "stance-word/relying-wanting-and-the-only-guarantee",
    phenomenon: "support by relying on, wanting, or calling a measure the only real guarantee",
    examples: ["wanted", "is counting on", "counted on", "relied on", "the only real guarantee", "our best safeguard"],
    counterExamples: ["wanted to know", "a guarantee", "counts", "the guarantee"],
    re: g(
      "\\bwanted\\b(?!\\s+to\\b)|\\bcount(?:ed|ing) on\\b|\\brel(?:ied|ying) on\\b|\\b(?:the|a|our|its|their) (?:only|best|sole|surest|strongest|most reliable|one) (?:(?:real|true|genuine|effective|credible|reliable|lasting|working) )?(?:guarantee|safeguard|deterrent)\\b",
    ),
    hint: /wanted|count|reli|rely|guarantee|safeguard|deterrent/i,
  },
  // Phenomenon: support by hoping, seeking, stressing the importance of or calling a measure a
  // priority ("Zelensky hopes the United States will provide a backstop", "Kyiv has long sought
  // Western troops", "stressed the importance of air defence over Ukraine", "called the
  // deployment of a force a priority"; "stressed" itself is a frame): the modal inside what is hoped for is not the hoper's
  // pledge (stance/endorsement). Not "hopes to" (one's own aim) or "the hope of peace".
  {
    cue: "support",
    id: "stance-word/hoping-seeking-and-priorities",
    phenomenon: "support by hoping, seeking, stressing the importance of, or calling a measure a priority",
    examples: [
      "hopes",
      "hoped",
      "has long sought",
      "the importance of",
      "the need for",
      "a top priority",
      "the priority",
    ],
    counterExamples: ["hopes to", "the hope of peace", "prioritise", "hopeful", "questioned the need for"],
    re: g(
      "\\bhop(?:e|es|ed|ing)\\b(?!\\s+(?:to|of|for peace)\\b)(?<!\\b(?:the|a|no|little|new|of) hope)|\\bsought\\b|(?<!\\b(?:question\\w*|doubt\\w*|den(?:y|ies|ied)|dismiss\\w*|disput\\w*|challeng\\w*|no)\\s)\\bthe (?:importance|need|necessity) (?:of|for)\\b|\\b(?:a|the|our|its|his|their) (?:(?:top|key|main|first|highest|absolute|major) )?priority\\b",
    ),
    hint: /hop|sought|importance|need|necessity|priority/i,
  },
];

/** The stance family as registered: the stance cues, and the shape of a nominal pledge's cue. */
export const REGISTERED_STANCES: readonly RegisteredPattern[] = [
  ...STANCE_PATTERNS,
  {
    id: "stance-word/nominal-pledge-cue",
    phenomenon: "the cue of a nominal pledge: offer of",
    re: NOMINAL_PLEDGE_CUE,
    examples: ["offer of", "contributions of", "offer includes", "offer on Monday:"],
    counterExamples: ["offered", "the offer of"],
  },
];
