/** The condition lexicon: what a pledge waits for (a ceasefire, a mandate, the backing of others). */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

export interface ConditionPattern extends RegisteredPattern {
  hint: RegExp;
}

const PEACE =
  "(?:peace|ceasefire|cease-fire|truce|armistice|settlement|deal|agreement|war (?:in \\w+ )?(?:ends|is over)|end of (?:the )?war|hostilities|(?:fighting|shooting|killing) (?:stops|ends|(?:has|have) (?:stopped|ended)|is over)|guns (?:fall|go|are) silent)";
// Conditions end at the next comma, semicolon, full stop, quote, dash that opens an aside
// ("if a truce holds – a proposal Moscow rejects") or reporting verb, or where a second
// predicate with its own modal is joined ("after a deal and would help watch the line").
const REST =
  '[^,;."“”–—]*?(?=\\s*(?:[,;."“”–—]|$|\\b(?:said|says|stated|told|added)\\b)|\\s+(?:and|but)\\s+(?:would|will|could|can|may|might|shall|should)\\b)';

export const CONDITION_PATTERNS: readonly ConditionPattern[] = [
  {
    id: "condition-word/after-once-a-peace",
    phenomenon: "after / once a peace",
    examples: [
      "after the signing of a peace agreement",
      "once the fighting stops",
      "as soon as a ceasefire is signed",
      "when the guns fall silent",
      "after the war",
      "if and when a ceasefire is in place",
    ],
    counterExamples: ["after talks in Paris", "after the war began"],
    re: g(
      `\\b(?:only\\s+)?(?:immediately\\s+)?(?:after|once|(?:if and )?when|as soon as|following)\\s+(?:(?!\\w+ed\\b)[\\w'’-]+\\s+){0,4}?${PEACE}\\b${REST}|\\b(?:only\\s+)?(?:after|following)\\s+the\\s+(?:war|conflict)\\b(?!\\s+(?:began|started|broke|erupted|in \\w+ (?:began|started)))${REST}`,
    ),
    hint: /after|once|when|as soon|following/i,
  },
  // adverbial only: "operate there post-ceasefire", not "a post-war mission"
  {
    id: "condition-word/post-war-adverbial",
    phenomenon: "post-war, adverbial",
    examples: ["operate there post-ceasefire."],
    counterExamples: ["a post-war mission"],
    re: g("\\bpost-(?:ceasefire|war|conflict)\\b(?=\\s*(?:[,.;]|$|for|to|in|on|as|with|and|when|once))"),
    hint: /post-/i,
  },
  {
    id: "condition-word/in-a-post-war-ukraine",
    phenomenon: "in a post-ceasefire Ukraine: the time after the war as the place of the pledge",
    examples: ["deploy assistance in a post-ceasefire Ukraine", "in the post-war period"],
    counterExamples: ["a post-war mission", "in a post-war reconstruction fund"],
    re: g("\\bin (?:a |the )?post-(?:ceasefire|war|conflict) (?:Ukraine|period|phase|environment|setting|scenario)\\b"),
    hint: /post-/i,
  },
  {
    id: "condition-word/contingent-upon",
    phenomenon: "contingent upon",
    examples: ["contingent upon the conclusion of an agreement", "conditioned on a ceasefire"],
    counterExamples: ["a contingent of 200 soldiers", "a military contingent"],
    re: g(`\\b(?:contingent|conditioned|predicated) (?:up)?on\\s+${REST}`),
    hint: /contingent|conditioned|predicated/i,
  },
  {
    id: "condition-word/only-on-the-basis-of",
    phenomenon: "only on the basis of a mandate or agreement",
    examples: ["only on the basis of a Security Council resolution"],
    counterExamples: ["on the basis of our talks"],
    re: g(`\\bonly on the basis of\\s+${REST}`),
    hint: /basis/i,
  },
  {
    id: "condition-word/if",
    phenomenon: "if; not the concessive 'even if', which sets no condition",
    examples: ["if the US provides a backstop", "only if parliament agrees"],
    counterExamples: ["asked if", "even if membership takes years"],
    re: g(`(?<!\\beven\\s)\\b(?:only\\s+)?if\\s+(?!asked\\b)${REST}`),
    hint: /if/i,
  },
  // "once the conditions have been met": conditions left unnamed are still a stated condition.
  {
    id: "condition-word/once-conditions-are-met",
    phenomenon: "once the conditions are met, named or not",
    examples: [
      "once certain conditions have been met",
      "when the right conditions are in place",
      "as soon as the necessary conditions have been fulfilled",
    ],
    counterExamples: ["the conditions are met", "once conditions improved at home", "when conditions allow travel"],
    re: g(
      `\\b(?:only\\s+)?(?:once|when|as soon as|after)\\s+(?:(?:certain|the|all|necessary|these|those|such|our|their|right|relevant|appropriate|required)\\s+){0,2}conditions\\s+(?:are|have been|were|had been|will be|would be)\\s+(?:met|fulfilled|satisfied|in place|right|created)\\b${REST}`,
    ),
    hint: /conditions/i,
  },
  {
    id: "condition-word/unless",
    phenomenon: "unless",
    examples: ["unless Russia attacks again"],
    counterExamples: ["unlessened"],
    re: g(`\\bunless\\s+${REST}`),
    hint: /unless/i,
  },
  // "provided that parliament agrees", "provided the US takes part": a clause follows; not the
  // participle or gerund ("weapons provided to Kyiv", "by providing weapons").
  {
    id: "condition-word/provided-that",
    phenomenon: "provided that",
    // in reported speech the verb is backshifted ("provided the Riksdag approved the guarantees")
    examples: [
      "provided that parliament agrees",
      "provided the US takes part",
      "provided the Riksdag approved the guarantees in the spring",
      "provided Washington agreed",
    ],
    counterExamples: ["weapons provided to Kyiv", "by providing weapons", "the equipment provided the army with"],
    re: g(
      `\\b(?:provided|providing) that\\s+${REST}|\\bprovided\\s+(?=(?:the|a|an|there|it|they|we|he|she|parliament|[A-Z][\\w.]+)\\s+(?:[\\w.]+\\s+){0,3}?(?:is|are|was|were|agrees?|agreed|approves?|approved|gives?|gave|has|have|had|takes?|took|joins?|joined|provides?|remains?|remained|holds?|held|can|could|will|would|does|did)\\b)${REST}`,
    ),
    hint: /provided/i,
  },
  {
    id: "condition-word/on-condition",
    phenomenon: "on condition",
    examples: ["on condition that the mandate is clear"],
    counterExamples: ["in good condition"],
    re: g(`\\bon (?:the )?condition (?:that|of)\\s+${REST}`),
    hint: /condition/i,
  },
  {
    id: "condition-word/subject-to",
    phenomenon: "subject to",
    examples: ["subject to parliamentary approval"],
    counterExamples: ["the subject of talks"],
    re: g(`\\bsubject to\\s+${REST}`),
    hint: /subject to/i,
  },
  {
    id: "condition-word/approval-required",
    phenomenon: "approval required",
    examples: ["would have to be approved by Russia"],
    counterExamples: ["has been approved"],
    re: g(`\\b(?:have|has|need|needs|must) to be (?:approved|agreed|accepted|authori[sz]ed|endorsed) by\\s+${REST}`),
    hint: /to be/i,
  },
  {
    id: "condition-word/as-long-as",
    phenomenon: "as long as",
    examples: ["as long as the truce holds"],
    // "for as long as it takes" is a promise of duration, not a condition.
    counterExamples: [
      "a long way",
      "for as long as it takes",
      "as long as necessary",
      "for as long as they are needed",
      "as long as Ukraine needs them",
    ],
    re: g(
      `\\bas long as\\s+(?!it takes\\b|(?:(?:it|they|this|that|we|he|she)\\s+)?(?:(?:is|are|was|were|remains?|will be)\\s+)?(?:necessary|needed|required)\\b|(?:Ukraine|Kyiv|Kiev|it|they)\\s+(?:needs?|requires?)\\b)${REST}`,
    ),
    hint: /as long as/i,
  },
  {
    id: "condition-word/should-peace-be",
    phenomenon: "should peace be",
    examples: ["should peace be established", "should there be a ceasefire"],
    counterExamples: ["should send troops", "should there be any doubt"],
    re: g(
      `\\bshould\\s+(?:a\\s+|the\\s+|an?\\s+)?(?:\\w+\\s+)?${PEACE}\\s+be\\s+${REST}|\\bshould there be (?:a |an )?(?:\\w+ )?${PEACE}${REST}`,
    ),
    hint: /should/i,
  },
  {
    id: "condition-word/depends-on",
    phenomenon: "depends on",
    examples: ["would depend on the mandate"],
    counterExamples: ["independent"],
    re: g(`\\b(?:would|will|must|to)\\s+(?:\\w+\\s+)?depend(?:s|ing)? on\\s+${REST}`),
    hint: /depend/i,
  },
  {
    id: "condition-word/depending-on",
    phenomenon: "depending on",
    examples: ["depending on the situation"],
    counterExamples: ["dependable"],
    re: g(`\\b(?:depends|depending|dependent|conditional) (?:on|upon)\\s+${REST}`),
    hint: /depend|conditional/i,
  },
  {
    id: "condition-word/in-the-event-of-peace",
    phenomenon: "in the event of peace",
    examples: ["in the event of a peace deal"],
    counterExamples: ["in the event of an attack"],
    re: g(`\\bin the event of (?:a |an )?${PEACE}${REST}`),
    hint: /in the event/i,
  },
  {
    id: "condition-word/with-us-backing",
    phenomenon: "with US backing",
    examples: ["only with US backing", "with American support"],
    counterExamples: ["with Ukraine"],
    re: g(
      `\\b(?:only )?with (?:a |an )?(?:US|U\\.S\\.|American|Washington's) (?:backstop|backing|support|guarantees?|air cover|participation)${REST}`,
    ),
    hint: /with/i,
  },
  {
    id: "condition-word/only-within-a-framework",
    phenomenon: "only as part of a framework",
    examples: ["only as part of a UN mission", "only within a NATO framework"],
    counterExamples: ["as part of a UN mission", "not only as part of"],
    re: g(`(?<!\\bnot )\\bonly (?:as (?:a )?part of|within|in the framework of|under the umbrella of) ${REST}`),
    hint: /only/i,
  },
  {
    id: "condition-word/with-a-mandate",
    phenomenon: "with a mandate",
    examples: [
      "only with a UN mandate",
      "under a parliamentary mandate",
      "with a Bundestag mandate",
      "only with a UN Security Council mandate",
    ],
    counterExamples: ["a mandate", "with a mandate to negotiate"],
    re: g(`\\b(?:only )?(?:with|under) (?:a |an |the )?(?:(?!(?:a|an|the) )[\\w'’.-]+ ){1,3}?mandate${REST}`),
    hint: /mandate/i,
  },
  // Phenomenon: consent required from someone else, in a "with" phrase rather than "subject to".
  {
    id: "condition-word/with-someones-approval",
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
  // Phenomenon: a pledge waiting on a step still to come ("pending parliamentary approval",
  // "pending a vote in the Bundestag", "pending a ceasefire"); not the adjective ("the pending
  // vote", "a pending case").
  {
    id: "condition-word/pending",
    phenomenon: "pending an approval, a vote or a ceasefire",
    examples: [
      "pending parliamentary approval",
      "pending a vote in parliament",
      "pending the approval of the Bundestag",
      "pending a ceasefire",
    ],
    counterExamples: ["the pending vote", "a pending case", "pending cases", "spending"],
    re: g(
      `(?<!\\b(?:the|a|an|its|their|any|all)\\s)\\bpending\\s+(?=(?:(?:a|an|the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:approval|vote|votes|decision|authori[sz]ation|consent|mandate|ratification|endorsement|green light|${PEACE})\\b)${REST}`,
    ),
    hint: /pending/i,
  },
  // Phenomenon: "in the event that" opens a clause of condition as "if" does.
  {
    id: "condition-word/in-the-event-that",
    phenomenon: "in the event that, in case, a clause of condition",
    examples: ["in the event that a peace agreement is signed", "in case a ceasefire is agreed"],
    counterExamples: ["in the event of an attack", "in any case", "in case of doubt"],
    re: g(
      `\\bin the (?:unlikely )?event that\\s+${REST}|\\bin case\\s+(?=(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${PEACE}\\b)${REST}`,
    ),
    hint: /in the (?:unlikely )?event that|in case/i,
  },
  // Phenomenon: "assuming a ceasefire holds", "assuming parliament agrees": a clause of
  // condition, as "provided" is; not the verb ("assuming command of the force").
  {
    id: "condition-word/assuming",
    phenomenon: "assuming a clause: a condition",
    examples: ["assuming a ceasefire holds", "assuming that parliament agrees", "assuming Russia accepts the terms"],
    counterExamples: ["assuming command of the force", "assuming the leadership of the mission"],
    re: g(
      `\\bassuming\\s+(?:that\\s+)?(?=(?:(?:a|an|the|there|it|they|parliament|[A-Z][\\w.-]*)\\s+)(?:[\\w-]+\\s+){0,3}?(?:is|are|holds?|agrees?|approves?|accepts?|takes?|remains?|will|can|has|have|does|gives?)\\b)${REST}`,
    ),
    hint: /assuming/i,
  },
  {
    id: "condition-word/in-case-of-peace",
    phenomenon: "in case of peace",
    examples: ["in case of a ceasefire"],
    counterExamples: ["in case of doubt"],
    re: g(`\\bin (?:the )?case of (?:a |an )?${PEACE}${REST}`),
    hint: /case of/i,
  },
];

/** A following sentence that states a precondition for the one before ("to do so, we must first ..."). */
export const PRECONDITION_RE = g(
  '^(?:however|but|yet|and)?,?\\s*(?:(?:to do (?:so|this|that)|for (?:this|that)(?: to happen)?|this (?:would|will|can) only)\\b[,\\s]*(.*?\\b(?:must|need|needs|have to|has to|first|require|requires|only)\\b.*?)|(?:this|that|it|such a (?:step|deployment|mission|contribution)) ((?:would |will )?(?:requires?|depends? on|depend on|hinges? on) .*?)|(?:this|that|it|we|they) (?:would|will|can|could|shall) (?:only (?:happen|take place|be possible|be done|do (?:it|so|this|that))|(?:happen|take place|be possible|be done|do (?:it|so|this|that)) only) ((?:with|under|in the event of) .*?)|(?:(?:this|that|it|we|they) (?:would|will|can|could|shall) (?:only )?(?:happen|take place|be possible|be done|do (?:it|so|this|that))\\s+|(?:the|these|those) [\\w-]+(?: [\\w-]+)? (?:would|will|could|shall) (?:only )?(?:be (?:sent|deployed|stationed|delivered|dispatched)|fly|deploy|go|arrive)\\s+)?((?:only )?(?:after|once|if|when(?! it comes\\b)|provided|as soon as) .*?)|(?:the|a|one|its|our|their) (?:(?:main|key|first|only|basic|essential|necessary)\\s+)?(?:pre-?condition|prerequisite|condition) for (?:(?:any|such|this|that|a|an|the|our|its|their)\\s+){0,2}(?:(?:German|French|British|[A-Z]\\w+ish|[A-Z]\\w+an|military|further|future|such)\\s+)?(?:engagement|deployment|mission|step|contribution|participation|involvement|role|commitment|it|this|that)\\s+(?:is|are|would be|will be|remains|must be)\\s+(.*?))["”]?(?:,?\\s*["”]?\\s*(?:the|he|she|they|[A-Z]\\w+)(?:\\s+(?:minister|ministry|president|chancellor|premier|spokesman|spokeswoman|spokesperson))?\\s+(?:said|says|stated|added|told|stressed|noted|insisted|underlined)\\b.*)?[.!]?["”]?$',
);

/** The condition family as registered: the condition phrases, and a precondition stated in the next sentence. */
export const REGISTERED_CONDITIONS: readonly RegisteredPattern[] = [
  ...CONDITION_PATTERNS,
  {
    id: "condition-word/precondition-in-next-sentence",
    phenomenon: "a next sentence that states a precondition",
    re: PRECONDITION_RE,
    examples: [
      "However, to do so, we must first agree on a mandate.",
      "This would require a vote in parliament.",
      "That will only happen after a ceasefire.",
      "But the jets would only be sent if parliament approves the mission.",
      'We will only do it with a clear mandate," he added.',
      "The precondition for any such engagement is a lasting ceasefire, the minister stressed.",
      "The main condition for this deployment is a mandate from parliament.",
      "A prerequisite for such a mission would be a UN resolution.",
    ],
    counterExamples: [
      "The talks went on until late.",
      "When it comes to money, we will help.",
      "The summit will only take place after Easter.",
      "The talks would only resume after the holidays.",
      "The condition for peace is a Russian withdrawal, Sanchez said.",
      "The precondition for Ukraine's membership is reform.",
      "The condition for a ceasefire is that Russia stops its attacks.",
    ],
  },
];
