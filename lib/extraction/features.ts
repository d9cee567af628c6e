/**
 * Stage "describe": a candidate as named features, the input of the learned decision
 * (model.ts). Each feature is a short "family:value" string: the cue and its class, modality,
 * negation and its scope, condition, frame and speaker kind, how the actor was found, the
 * lexicon family, quotation, section, agreement context, position in the sentence, and the
 * words of the clause between actor and commitment. Single words and word pairs only, never a
 * sentence: a model file holds weights of these names and nothing of the articles.
 */
import { isReadByRules } from "./candidates";
import { COPY_PREFIX } from "./learn";
import type { SentenceView } from "./candidates";
import type { Candidate } from "./types";

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[€$£]/gu;
const NEGATION = /^(?:not|no|never|n't|nor|neither|without|against)$/u;
const MODAL = /^(?:will|would|could|can|may|might|should|must|shall)$/u;
const AGREEMENT = /\b(?:agreement|accord|treaty|pact|memorandum|declaration|document|deal)\b/i;
const PREPOSITIONS = /^(?:to|for|in|on|with|from|by|of|at|into|against|about|towards?|over|than|between|including)$/u;

interface Token {
  word: string;
  start: number;
}

/** Lower-cased word tokens with their offsets; a light stem folds plurals and -ing/-ed forms together. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const lower = m[0].toLowerCase();
    out.push({ word: stem(lower.includes("’") ? lower.replace(/’/gu, "'") : lower), start: m.index });
  }
  return out;
}

export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) return word.slice(0, -1);
  return word;
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

/**
 * The word of token `k`, or undefined before the first token and after the last. The index is
 * tested rather than read past the array's ends: V8 drops the optimized code of a function that
 * reads past them and compiles it again (describeCandidate was compiled three times a process).
 */
function wordAt(tokens: readonly Token[], k: number): string | undefined {
  return k >= 0 && k < tokens.length ? tokens[k]!.word : undefined;
}

/** The index of the first token at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What every candidate of one sentence shares: its tokens and the features that depend on the
 * sentence's view alone, worked out once per sentence (a sentence has several candidates).
 */
interface SentenceFeatures {
  tokens: Token[];
  countries: string;
  /** "cue:" and "cue-word:" of each stance cue, in order, each name once. */
  cues: string[];
  /** The cues lower-cased, for the one nearest before the commitment. */
  cueWords: string[];
  conditions: string[];
  /** speaker, quotation, section, background, teaser, position. */
  attribution: string[];
  /** agreement, question, length. */
  tail: string[];
}

function sentenceFeatures(v: SentenceView): SentenceFeatures {
  const tokens = tokenize(v.text);
  const cues = new Set<string>();
  for (const cue of v.cues) cues.add(`cue:${cue.kind}`).add(`cue-word:${cue.text.toLowerCase().slice(0, 24)}`);
  const conditions = v.conditions.length
    ? ["condition:present", `condition-word:${v.conditions[0]!.text.toLowerCase().split(/\s+/u)[0]}`]
    : [];
  const attribution = [`speaker:${v.explicitSpeaker ? "named" : v.speakerCountry ? "known" : "none"}`];
  if (v.startedInQuote || /^\s*["“]/u.test(v.text)) attribution.push("quote:inside");
  else if (/["“”]/u.test(v.text)) attribution.push("quote:partly");
  attribution.push(`section:${v.section}`);
  if (v.flashback) attribution.push("background:earlier");
  if (v.beforeRepeatedTitle) attribution.push("teaser");
  attribution.push(`sentence:${bucket(v.sentenceIndex, [0, 1, 2, 4, 8, 16])}`);
  // Pushed one by one, so that every such list has the same elements kind: read at an index
  // in describeCandidate, lists of two kinds made V8 drop its optimized code and compile it again.
  const cueWords: string[] = [];
  for (const cue of v.cues) cueWords.push(cue.text.toLowerCase());
  const tail: string[] = [];
  if (AGREEMENT.test(v.text)) tail.push("agreement:sentence");
  if (v.text.trim().endsWith("?")) tail.push("question");
  tail.push(`length:${bucket(tokens.length, [12, 25, 40, 60])}`);
  return {
    tokens,
    countries: `countries:${bucket(new Set(v.mentions.map((m) => m.country)).size, [1, 2, 3, 5])}`,
    cues: [...cues],
    cueWords,
    conditions,
    attribution,
    tail,
  };
}

/**
 * "rule-feature:named speaker" for the rules' explanation line "named speaker +0.10". The lines
 * are few (the rules' confidence features and their weights), so each is worked out once.
 */
const RULE_FEATURES = new Map<string, string>();
function ruleFeature(line: string): string {
  let name = RULE_FEATURES.get(line);
  if (name === undefined) RULE_FEATURES.set(line, (name = `rule-feature:${line.replace(/\s*[+−-]\d.*$/u, "")}`));
  return name;
}

/**
 * Feature names made once per family and value: a name built afresh for every candidate had to
 * be flattened and hashed again at each weight look-up (model.ts), which cost more than the
 * scoring itself. Each family keeps at most NAMES_KEPT values and then starts again, so a stream
 * of new words does not grow memory.
 */
const NAMES_KEPT = 20_000;

/** `prefix + value`, the same string each time for the same value. */
function named(prefix: string): (value: string) => string {
  const made = new Map<string, string>();
  return (value) => {
    let name = made.get(value);
    if (name === undefined) {
      if (made.size >= NAMES_KEPT) made.clear();
      made.set(value, (name = prefix + value));
    }
    return name;
  };
}

/** `prefix + a + joint + b` for values of small closed sets (stances, types, how an actor was found). */
function namedPairs(prefix: string, joint: string): (a: string, b: string) => string {
  const made = new Map<string, (b: string) => string>();
  return (a, b) => {
    let second = made.get(a);
    if (second === undefined) {
      if (made.size >= NAMES_KEPT) made.clear();
      made.set(a, (second = named(prefix + a + joint)));
    }
    return second(b);
  };
}

/** `prefix` and the bucket of `n` among `edges`, as `bucket` names it ("distance:<=4", "distance:>20"). */
function bucketNames(prefix: string, edges: readonly number[]): (n: number) => string {
  const names = [...edges.map((e) => `${prefix}<=${e}`), `${prefix}>${edges[edges.length - 1]}`];
  return (n) => {
    for (let k = 0; k < edges.length; k++) if (n <= edges[k]!) return names[k]!;
    return names[edges.length]!;
  };
}

const ORIGIN = named("origin:");
const TYPE = named("type:");
const TYPE_WORD = named("type-word:");
const ACTOR_HOW = named("actor-how:");
const ACTOR_HOW_TYPE = namedPairs("actor-how*type:", "*");
const RULE_STANCE = named("rule-stance:");
const RULE_STANCE_TYPE = namedPairs("rule-stance*type:", "*");
const RULE_CONFIDENCE = bucketNames("rule-confidence:", [0.4, 0.5, 0.6, 0.7, 0.8]);
const ACTOR_KIND = named("actor-kind:");
const ACTOR_PREV = named("actor-prev:");
const ACTOR_NEXT = named("actor-next:");
const DISTANCE = bucketNames("distance:", [2, 4, 7, 12, 20]);
const BEFORE_DISTANCE = bucketNames("side*distance:b", [2, 4, 7, 12, 20]);
const AFTER_DISTANCE = bucketNames("side*distance:a", [2, 4, 7, 12, 20]);
const BETWEEN = named("between:");
const BETWEEN_MODAL = named("between-modal:");
const NEGATION_TYPE = named("negation*type:");
const TYPE_PREV = named("type-prev:");
const TYPE_PREV2 = named("type-prev2:");
const TYPE_NEXT = named("type-next:");
const NEAR = named("near:");
const NEAREST_CUE = named("nearest-cue:");
const NEAREST_CUE_WORD = named("nearest-cue-word:");
const NEAREST_CUE_TYPE = namedPairs("nearest-cue*type:", "*");
const PAIR_SENTENCES = bucketNames("pair-sentences:", [1, 2, 3, 5]);
const SENTENCE_PAIRS = bucketNames("sentence-pairs:", [1, 2, 4, 8]);
const COUNTRY_SENTENCES = bucketNames("country-sentences:", [1, 2, 4, 8]);

/** The named features of a candidate; what its sentence gives every candidate is worked out once per sentence (`cache`). */
export function describeCandidate(
  c: Candidate,
  cache: WeakMap<SentenceView, SentenceFeatures> = sharedSentenceCache,
): string[] {
  const r = c.reading;
  if (!r) return ["origin:none"];
  const v = r.view;
  let sentence = cache.get(v);
  if (!sentence) cache.set(v, (sentence = sentenceFeatures(v)));
  const { tokens } = sentence;
  const f: string[] = [];
  const add = (name: string) => f.push(name);
  // The words between actor and type and before the type may repeat: each name once. No
  // other feature can take the same name (the families differ), so the list stays distinct.
  const words = new Set<string>();
  const addWord = (name: string) => {
    if (words.has(name)) return;
    words.add(name);
    f.push(name);
  };
  const type = c.commitment;

  add(ORIGIN(r.origin));
  add(TYPE(type));
  add(TYPE_WORD(r.type.text.toLowerCase().slice(0, 24)));
  add(r.type.byPattern ? "type-by:pattern" : "type-by:word");
  add(ACTOR_HOW(r.actorSource));
  add(ACTOR_HOW_TYPE(r.actorSource, type));
  if (r.origin === "rule") {
    add(RULE_STANCE(c.stance));
    add(RULE_STANCE_TYPE(c.stance, type));
    add(RULE_CONFIDENCE(c.confidence));
    for (const e of c.explanation) add(ruleFeature(e));
  } else if (c.condition) add("loose:condition");

  // the actor
  const country = c.country;
  add(ACTOR_KIND(r.actorMention?.kind ?? "none"));
  if (country === "UA") add("actor:ukraine");
  else if (country === "RU") add("actor:russia");
  else if (country === "US") add("actor:us");
  else if (country === "EU" || country === "NATO") add("actor:organisation");
  add(v.speakerCountry === country ? "actor-is-speaker:true" : "actor-is-speaker:false");
  if (v.frameCountry === country) add("actor:frame");
  if (v.titleCountries.includes(country)) add("actor:in-title");
  add(sentence.countries);
  const mention = r.actorMention;
  const typeToken = tokenAt(tokens, r.type.start);
  if (mention) {
    if (v.mentions[0] === mention) add("actor:first-mention");
    const at = tokenAt(tokens, mention.start);
    const prev = wordAt(tokens, at - 1);
    const next = wordAt(tokens, at + 1);
    add(ACTOR_PREV(prev ?? "^"));
    if (prev && PREPOSITIONS.test(prev)) add("actor:after-preposition");
    if (next) add(ACTOR_NEXT(next));
    const before = mention.start < r.type.start;
    add(before ? "actor-side:before" : "actor-side:after");
    const distance = Math.abs(typeToken - at);
    add(DISTANCE(distance));
    add(before ? BEFORE_DISTANCE(distance) : AFTER_DISTANCE(distance));
    // the words between actor and commitment: the predicate that links them
    const [from, to] = before ? [at + 1, typeToken] : [typeToken + 1, at];
    let negated = false;
    for (let k = from; k < to && k < from + 12; k++) {
      const w = tokens[k]!.word;
      addWord(BETWEEN(w));
      if (NEGATION.test(w)) negated = true;
      if (MODAL.test(w)) addWord(BETWEEN_MODAL(w));
    }
    if (negated) {
      addWord("between:negation");
      add(NEGATION_TYPE(type));
    }
  } else {
    add("actor-side:absent");
  }

  // the commitment cue's context
  const prev1 = wordAt(tokens, typeToken - 1) ?? "^";
  const prev2 = wordAt(tokens, typeToken - 2) ?? "^";
  add(TYPE_PREV(prev1));
  add(TYPE_PREV2(`${prev2} ${prev1}`));
  add(TYPE_NEXT(wordAt(tokens, typeToken + 1) ?? "$"));
  const windowFrom = Math.max(0, typeToken - 6);
  for (let k = windowFrom; k < typeToken; k++) {
    const w = tokens[k]!.word;
    addWord(NEAR(w));
    if (NEGATION.test(w)) addWord("near:negation");
  }
  if (r.type.start < v.cueText.length && v.cueText.slice(r.type.start, r.type.end).trim() === "") add("type:masked");

  // stance cues of the sentence, and the one nearest before the commitment
  for (const name of sentence.cues) add(name);
  let nearest: { kind: string; text: string; gap: number } | null = null;
  for (let k = 0; k < v.cues.length; k++) {
    const cue = v.cues[k]!;
    if (cue.end <= r.type.start) {
      const gap = r.type.start - cue.end;
      if (!nearest || gap < nearest.gap) nearest = { kind: cue.kind, text: sentence.cueWords[k]!, gap };
    }
  }
  if (nearest) {
    add(NEAREST_CUE(nearest.kind));
    add(NEAREST_CUE_WORD(nearest.text.slice(0, 24)));
    add(NEAREST_CUE_TYPE(nearest.kind, type));
  }
  if (v.cues.length === 0) add("cue:none");
  for (const name of sentence.conditions) add(name);

  // attribution, quotation, section, position
  for (const name of sentence.attribution) add(name);
  if (v.titleType === type) add("type:in-title");
  for (const name of sentence.tail) add(name);
  return f;
}

const sharedSentenceCache = new WeakMap<SentenceView, SentenceFeatures>();

/**
 * Features of a candidate among the others of its article: how often the article pairs this
 * actor with this type, whether the rules read the pair in another sentence, how many pairs
 * its own sentence holds. Appended to each candidate's own features (same order as `candidates`).
 */
export function describeInArticle(candidates: readonly Candidate[]): string[][] {
  const pairSentences = new Map<string, Set<number>>();
  const pairRuleSentences = new Map<string, Set<number>>();
  const sentencePairs = new Map<number, number>();
  const countrySentences = new Map<string, Set<number>>();
  for (const c of candidates) {
    const pair = `${c.country}|${c.commitment}`;
    (pairSentences.get(pair) ?? pairSentences.set(pair, new Set()).get(pair)!).add(c.order);
    if (c.reading?.origin === "rule")
      (pairRuleSentences.get(pair) ?? pairRuleSentences.set(pair, new Set()).get(pair)!).add(c.order);
    sentencePairs.set(c.order, (sentencePairs.get(c.order) ?? 0) + 1);
    (countrySentences.get(c.country) ?? countrySentences.set(c.country, new Set()).get(c.country)!).add(c.order);
  }
  return candidates.map((c) => {
    const pair = `${c.country}|${c.commitment}`;
    const ruled = pairRuleSentences.get(pair);
    const f = [
      PAIR_SENTENCES(pairSentences.get(pair)!.size),
      SENTENCE_PAIRS(sentencePairs.get(c.order)!),
      COUNTRY_SENTENCES(countrySentences.get(c.country)!.size),
    ];
    if (ruled && !(ruled.size === 1 && ruled.has(c.order))) f.push("pair:ruled-elsewhere");
    if (!ruled) f.push("pair:never-ruled");
    return f;
  });
}

/**
 * Every candidate of an article described: its own features, then those among the others, each
 * name once (describeCandidate gives each name once, and the families of the two never meet).
 */
export function describeCandidateInArticle(candidates: readonly Candidate[]): string[][] {
  const inArticle = describeInArticle(candidates);
  return candidates.map((c, i) => {
    const names = describeCandidate(c);
    for (const f of inArticle[i]!) names.push(f);
    return names;
  });
}

/**
 * What training sees of a candidate: a candidate the rules did not read fully gets each feature
 * a second time under COPY_PREFIX, so the model learns what a feature means in general and,
 * apart, what it means for a pair the rules could not read (the two kinds differ in how often
 * they are positions). Inference adds those weights without spelling the copies out.
 */
export function trainingFeatures(c: Candidate, own: readonly string[]): readonly string[] {
  return isReadByRules(c) ? own : [...own, ...own.map((f) => `${COPY_PREFIX}${f}`)];
}
