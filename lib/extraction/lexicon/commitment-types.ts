/**
 * The commitment lexicon: which phrases signal a commitment type, one family per type (`types/`),
 * and the words that stand for a commitment named before.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { compilePattern as g, type RegisteredPattern } from "../pattern";
import { SubstringSet } from "../text";
import { REGISTERED_COMMITMENT_CONTEXT } from "./commitment-context";
import { TROOPS_PATTERNS } from "./types/troops";
import { OWNED_FORCE_RE } from "./types/troops";
export { OWNED_FORCE_RE };
import { MONITORING_PATTERNS } from "./types/monitoring";
import { ARTICLE5_PATTERNS } from "./types/article5";
import { AIR_PATTERNS } from "./types/air";
import { MARITIME_PATTERNS } from "./types/maritime";
import { TRAINING_PATTERNS } from "./types/training";
import { ARMS_PATTERNS } from "./types/arms";
import { FUNDING_PATTERNS } from "./types/funding";
import { INTELLIGENCE_PATTERNS } from "./types/intelligence";
import { LOGISTICS_PATTERNS } from "./types/logistics";
import { BACKSTOP_PATTERNS } from "./types/backstop";

export interface TypePattern extends RegisteredPattern {
  type: CommitmentType;
  /** Lower-case substrings of which one must occur for the pattern to be tried at all. */
  keys: readonly string[];
  /** 1 for a phrase that names the type outright, lower for a vaguer one. */
  weight: number;
  /** Only counts when this also matches somewhere in the sentence. */
  requires?: RegExp;
  /** Does not count when this matches somewhere in the sentence. */
  unless?: RegExp;
}

export const TYPE_PATTERNS: readonly TypePattern[] = [
  ...TROOPS_PATTERNS,
  ...MONITORING_PATTERNS,
  ...ARTICLE5_PATTERNS,
  ...AIR_PATTERNS,
  ...MARITIME_PATTERNS,
  ...TRAINING_PATTERNS,
  ...ARMS_PATTERNS,
  ...FUNDING_PATTERNS,
  ...INTELLIGENCE_PATTERNS,
  ...LOGISTICS_PATTERNS,
  ...BACKSTOP_PATTERNS,
];

/**
 * A cheap test that a sentence may hold a commitment cue at all: a superset of the stems of
 * TYPE_PATTERNS and of ANAPHOR_RE's words (see the unit test; its "That is not on the agenda"
 * is tested beside this one). Sentences without either skip the clause work.
 */
const ANY_TYPE_STEMS =
  "troop|soldier|servicem|servicew|garrison|uniform|aerial|coastal|exercises|drills|manoeuvres|maneuvers|grant|personnel|boots|peace|contingent|platoon|detachment|regiment|squad|oversee|oversaw|oversight|supervis|watch|force|presen|deploy|send|station|dispatch|operat|mission|monitor|verif|observ|border|contact|demarcation|buffer|violation|article|collective|mutual|nato|come to|comes to|coming to|attack on|defend|air|sky|skies|fly|fighter|shoot|shot down|intercept|downing|shahed|sea|naval|maritime|nav|shipping|mine|demin|escort|train|instruct|drill|coach|teach|taught|teach|taught|weapon|ammunition|munition|arms|to arm|arm |arming|armed |militar|security|defen|lethal|army|brigade|industr|production|financ|fund|loan|bankroll|salaries|wages|upkeep|billion|million|bn|euro|dollar|pound|kron|€|$|£|money|intelligence|intel|surveillance|isr|warning|targeting|real-time|real time|satellite|reconnaissance|logistic|hub|headquarters|supply|command|coordination|co-ordination|control cent|control cell|control post|control node|depot|warehouse|dumps|shipment|deliver|equipment|airlift|staging|base|back|guarantee|underwrit|underpin|safety net|insurance policy|supported by|patriot|f-16|tank|artillery|drone|such a|step|do so|participat|take part|taking part|took part|join|be part of|do that|do this|anything|option|unit|battalion|compan|platoon|regiment|battle|aviation|fleet|warship|frigate|transport|supplies|plane|jet|cargo|carrier|underpin|missile|rocket|shell|howitzer|interceptor|vehicle|armo|rounds|bombs|electronic|anti|counter|launcher|mlrs|himars|atacms|iads|nasams|manpads|apc|ifv|nlaw|iris-t|samp/t|cv90|javelin|stinger|gepard|marder|stryker|taurus|storm shadow|scalp|leopard|abrams|corvette|destroyer|patrol|coalition|transit|rail|involv|engag|role|player|partner|guarantor|officer|enabler|grain|awacs|purchase|procurement|acquisition|information with|data with|on the ground|single".split(
    "|",
  );
export const ANY_TYPE_STEM = new RegExp(
  ANY_TYPE_STEMS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "i",
);
/** The same stems, found by one pass of a SubstringSet (the regex of so many alternatives is the slower test). */
export const ANY_TYPE_STEM_KEYS = new SubstringSet(ANY_TYPE_STEMS);

/**
 * The patterns grouped by commitment type, each group behind a test of all its keys: one pass
 * over the sentence finds the keys that occur (TYPE_KEYS), and decides which of the
 * groups, and which of their patterns, are worth running.
 */
export const TYPE_KEYS = new SubstringSet([...new Set(TYPE_PATTERNS.flatMap((p) => p.keys))]);

export interface TypeGroup {
  type: CommitmentType;
  /** The ids in TYPE_KEYS of the group's keys. */
  keys: readonly number[];
  patterns: readonly TypePattern[];
  /** The ids of each pattern's keys, in the order of `patterns`. */
  patternKeys: readonly (readonly number[])[];
}

export const TYPE_GROUPS: readonly TypeGroup[] = (() => {
  const byType = new Map<CommitmentType, TypePattern[]>();
  for (const p of TYPE_PATTERNS) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const idsOf = (keys: readonly string[]) => [...new Set(keys.map((k) => TYPE_KEYS.keys.indexOf(k)))];
  return [...byType].map(([type, patterns]) => ({
    type,
    keys: idsOf(patterns.flatMap((p) => p.keys)),
    patterns,
    patternKeys: patterns.map((p) => idsOf(p.keys)),
  }));
})();

/**
 * Words standing for a commitment mentioned before: "such a step", "anything"; and a sentence
 * that opens with "That" / "This" / "It" and says where the measure stands ("That is not on
 * the agenda", "This is out of the question"), the answer to a question about the last one.
 */
export const ANAPHOR_RE = g(
  "\\b(?:such an? (?:step|move|mission|deployment|force|decision|guarantee|assurance)|such (?:guarantees|assurances)|this step|that step|do so|do that|do this|anything|that option|this option|the idea(?!\\s+(?:of|that|to|for)\\b))\\b|(?<=[,–—]\\s{0,2})\\ban? (?:proposal|move|step|plan|idea|prospect|scenario)(?=\\s+(?:that|which)\\s)|\\b(?:participat(?:e|es|ed|ing)|take part|taking part|took part|join|joining|joined|be part of|contribut(?:e|es|ed|ing) to) (?:in )?(?:it|them)\\b(?!\\s+(?:is|was|will|would|to)\\b)|\\b(?:that|this|it)(?=\\s+out\\b)(?<=\\b(?:rul(?:e|es|ed|ing)|pencil(?:s|led|ed)?)\\s(?:that|this|it))|\\b(?=(?:that|this|it)\\b)(?<=^[\\s;]*[\x22“]?)(?:that|this|it)(?=\\s+(?:is|was|would be|will be|remains)\\s+(?:not\\s+|no longer\\s+|still\\s+)?(?:on the (?:table|agenda)|off the table|out of the question|an option|excluded|ruled out|planned)\\b)",
);

/**
 * Words one of which every text ANAPHOR_RE matches holds, in the match or in what it looks
 * at around it ("ruled it out", "That is not on the agenda"): the test before the pattern,
 * whose look-behinds are tried at every position (lexicon.test.ts checks it on every phrase
 * the pattern matches).
 */
export const ANAPHOR_KEYS = new SubstringSet([
  "such",
  "step",
  "do so",
  "do that",
  "do this",
  "anything",
  "option",
  "idea",
  "proposal",
  "move",
  "plan",
  "prospect",
  "scenario",
  "participat",
  "take part",
  "taking part",
  "took part",
  "join",
  "be part of",
  "contribut",
  "rul",
  "pencil",
  "table",
  "agenda",
  "question",
  "excluded",
]);

/** The commitment family as registered: the type phrases, and the patterns that find a commitment without naming its type. */
export const REGISTERED_COMMITMENT_TYPES: readonly RegisteredPattern[] = [
  ...TYPE_PATTERNS,
  ...REGISTERED_COMMITMENT_CONTEXT,
  {
    id: "commitment-word/any-type-stem",
    phenomenon: "a sentence that may hold a commitment cue at all",
    re: ANY_TYPE_STEM,
    examples: ["send troops", "such a step", "naval patrols"],
    counterExamples: ["Prices rose on Wednesday."],
  },
  {
    id: "commitment-word/anaphor",
    phenomenon: "words standing for a commitment named before",
    re: ANAPHOR_RE,
    examples: [
      "such a step",
      "ready to do so",
      "That is not on the agenda.",
      "This remains out of the question",
      "refused to take part in it",
      "will not join them",
      "ready to provide such assurances",
      "to send ships, a move that Rome rejects",
      "to send ships – a proposal which Rome opposed",
      "ruled that out on Tuesday",
      "has ruled it out",
    ],
    counterExamples: [
      "That was a long day.",
      "the step counter",
      "join it to the grid is hard",
      "Rome has a plan that works",
      "ruled that the court",
    ],
  },
  {
    id: "commitment-word/owned-force",
    phenomenon: "nouns for troops a country owns",
    re: OWNED_FORCE_RE,
    examples: ["Italian troops", "the Polish army", "its military"],
    counterExamples: ["Italian pasta", "militarily"],
  },
];
