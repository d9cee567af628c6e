/**
 * Conditions on a pledge: found in the sentence (CONDITION_PATTERNS, blanked before the stance
 * is read) or stated by the next sentence ("However, to do so, we must first ...").
 */
import { PARTICIPATION_WITHOUT_OBJECT } from "./rules/commitments/participation-without-object";
import type { ActorMention } from "./actors";
import type { SentenceSpan } from "./sentences";
import { findTypeHits } from "./commitments";
import { allMatches, blank, HintGate, wordCount, type Span } from "./text";
import type { Candidate } from "./types";
import * as lexicon from "./lexicon";
import { CLOSING_QUOTE } from "./rules/conditions/closing-quote";
import { COMMA_THEN_MORE } from "./rules/conditions/comma-then-more";
import { CONDITION_TRAILING_PUNCTUATION } from "./rules/conditions/condition-trailing-punctuation";
import { EVERYONE_SAYS_IT_DEPENDS } from "./rules/conditions/everyone-says-it-depends";
import { OFFER_DEPENDS } from "./rules/conditions/offer-depends";
import { OFFER_DEPENDS_HINT } from "./rules/conditions/offer-depends-hint";
import { OFFER_NAMED_JUST_BEFORE } from "./rules/conditions/offer-named-just-before";
import { FRAME_BLANKED_BEFORE } from "./rules/conditions/frame-blanked-before";
import { OPENING_QUOTE } from "./rules/conditions/opening-quote";
import { OPENS_WITH_SUBORDINATE } from "./rules/conditions/opens-with-subordinate";
import { OWNER_BEFORE } from "./rules/conditions/owner-before";
import { OWN_PART_ONLY_IF } from "./rules/conditions/own-part-only-if";
import { OWN_PART_SUBJECT_GAP } from "./rules/conditions/own-part-subject-gap";
import { SENTENCE_TRAILING_PUNCTUATION } from "./rules/conditions/sentence-trailing-punctuation";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { CONDITION_PATTERNS, PRECONDITION_RE } = lexicon;

const HINTS = new HintGate(CONDITION_PATTERNS.map((p) => p.hint));

export function findConditions(text: string): Span[] {
  const out: Span[] = [];
  const found = HINTS.search(text);
  for (let i = 0; i < CONDITION_PATTERNS.length; i++) {
    const { re, hint } = CONDITION_PATTERNS[i]!;
    if (!HINTS.mayPass(found, i) || !hint.test(text)) continue;
    for (const m of allMatches(re, text)) {
      const cond = m[0].replace(CONDITION_TRAILING_PUNCTUATION.re, "");
      if (wordCount(cond) < 1) continue;
      if (out.some((o) => m.index < o.end && m.index + cond.length > o.start)) continue;
      out.push({ start: m.index, end: m.index + cond.length, text: cond });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function applyPrecondition(
  candidates: Candidate[],
  si: number,
  sentence: SentenceSpan,
  next: SentenceSpan | undefined,
): void {
  if (!next) return;
  const condition = preconditionText(preconditionOf(next.text));
  if (!condition) return;
  for (const c of candidates) {
    if (c.order !== si || c.start < sentence.start) continue;
    // Only a pledge becomes conditional; "could" under a condition is still considering.
    if (c.stance === "committed") {
      c.stance = "conditional";
      // The condition is in the next sentence, so it is not a cue of this evidence.
      c.condition = condition;
    }
  }
}

/**
 * The sentence `preconditionOf` read last and its answer: the engine asks it of each sentence
 * two or three times in a row (as the next sentence of the one before, then as the sentence
 * itself), and the answer depends on the text alone.
 */
let lastPreconditionText: string | null = null;
let lastPrecondition: RegExpExecArray | null = null;

/**
 * Phenomenon: a precondition in another official's reported words right after a pledge ("Denmark
 * will deploy F-16s, Frederiksen said. Her defence minister added that the jets would fly only
 * once a truce is in force."): the reported clause, read without its frame, is a precondition
 * for the committed pledges of the sentence before of the official's own country (or of any
 * country when the official's is not known).
 */
export function applyReportedPrecondition(
  candidates: Candidate[],
  si: number,
  maskedText: string,
  speakerCountry: string | null,
): void {
  const lead = FRAME_BLANKED_BEFORE.re.exec(maskedText);
  if (!lead) return;
  const condition = preconditionText(preconditionOf(maskedText.slice(lead[0].length)));
  if (!condition) return;
  for (const c of candidates) {
    if (c.order !== si - 1 || c.stance !== "committed") continue;
    if (speakerCountry && c.country !== speakerCountry) continue;
    c.stance = "conditional";
    c.condition = condition;
  }
}

/** The condition a precondition states, as the evidence gives it: up to a closing quote, without the final stop. */
function preconditionText(m: RegExpExecArray | null): string {
  if (!m) return "";
  return (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "")
    .split(CLOSING_QUOTE.re)[0]!
    .replace(SENTENCE_TRAILING_PUNCTUATION.re, "");
}

export function preconditionOf(sentence: string): RegExpExecArray | null {
  if (sentence !== lastPreconditionText) {
    lastPrecondition = readPrecondition(sentence);
    lastPreconditionText = sentence;
  }
  return lastPrecondition;
}

function readPrecondition(sentence: string): RegExpExecArray | null {
  const stripped = sentence.replace(OPENING_QUOTE.re, "");
  PRECONDITION_RE.lastIndex = 0;
  const m = PRECONDITION_RE.exec(stripped);
  if (!m) return null;
  // "To do so, a US backstop is needed first", "The precondition for such a step is a UN
  // mandate": what the precondition names is the condition itself.
  if (m[1] !== undefined || m[5] !== undefined) return m;
  const found = findConditions(stripped);
  // "After talks in Warsaw, the summit ended.": a fronted phrase with a main clause of its own is
  // a precondition only when the phrase is a condition ("After a ceasefire, ..."), not any "after".
  const opening = OPENS_WITH_SUBORDINATE.re.exec(stripped);
  if (opening && COMMA_THEN_MORE.re.test(stripped) && !found.some((c) => c.start <= opening[0].length)) return null;
  let rest = stripped;
  for (const c of found) rest = blank(rest, c.start, c.end);
  // "But the frigates would only be sent if ...": the pledge named as the subject before the
  // condition is the one of the sentence before, not a pledge of this one.
  if (m[4] !== undefined) rest = blank(rest, 0, m.index + m[0].indexOf(m[4]));
  if (findTypeHits(rest, stripped).length) return null;
  // "If a truce requires a European presence, Denmark is ready to take part": a pledge whose
  // object is named in its own condition is that pledge too.
  PARTICIPATION_WITHOUT_OBJECT.re.lastIndex = 0;
  if (PARTICIPATION_WITHOUT_OBJECT.re.test(rest) && found.some((c) => findTypeHits(c.text, c.text).length)) return null;
  return m;
}

/**
 * Phenomenon: a condition stated later for a country's whole offer ("The implementation of the
 * American proposal depends on Europe's commitment to deploy troops"): the country's pledges
 * made before it in the article become conditional on it. An offer with no owner named but a
 * demonstrative or the definite article ("That deployment hinges on a UN mandate", "the
 * contribution depends on ...", also in a minister's reported words) is the one the sentence
 * before made: its pledges become conditional, when this sentence names no other country. The
 * condition ends where a reporting frame starts. Hedges stay considering.
 */
export function applyOfferCondition(
  candidates: Candidate[],
  si: number,
  text: string,
  mentions: readonly ActorMention[],
  frames: readonly Span[],
): void {
  if (!OFFER_DEPENDS_HINT.re.test(text)) return;
  applyEveryonesCondition(candidates, si, text);
  const m = OFFER_DEPENDS.re.exec(text);
  if (!m) return;
  const nounStart = m.index;
  // Whose offer: a country named right before the noun ("the American proposal", "Poland's role").
  const owners = mentions.filter(
    (x) => x.kind !== "person" && x.end <= nounStart && OWNER_BEFORE.re.test(text.slice(x.end, nounStart)),
  );
  const justBefore =
    owners.length === 0 && OFFER_NAMED_JUST_BEFORE.re.test(text.slice(Math.max(0, nounStart - 40), nounStart));
  if (owners.length === 0 && !justBefore) return;
  const stated = m[1] ?? m[2]!;
  const from = m.index + m[0].lastIndexOf(stated);
  // "..., the defence minister said": the frame after the condition is no part of it.
  const frameStart = frames.find((f) => f.start > from)?.start ?? text.length;
  const condition = text
    .slice(from, Math.min(from + stated.length, frameStart))
    .replace(SENTENCE_TRAILING_PUNCTUATION.re, "");
  if (!condition) return;
  // The countries the sentence names outside its condition ("depends on a US backstop" names none).
  const named = new Set(
    mentions
      .filter((x) => x.country !== "UA" && (x.end <= from || x.start >= from + condition.length))
      .map((x) => x.country),
  );
  for (const c of candidates) {
    if (c.stance !== "committed") continue;
    if (justBefore) {
      if (c.order !== si - 1 || [...named].some((country) => country !== c.country)) continue;
    } else if (c.order >= si || !owners.some((o) => o.country === c.country)) continue;
    c.stance = "conditional";
    c.condition = condition;
  }
}

/**
 * Phenomenon: one condition set by every contributor named before ("Troops are on offer,
 * yet all of them insist it hinges on a truce"): the committed pledges made earlier in
 * the article of the commitment types this sentence names become conditional on it. Other
 * types and the hedges stay as they were.
 */
function applyEveryonesCondition(candidates: Candidate[], si: number, text: string): void {
  const m = EVERYONE_SAYS_IT_DEPENDS.re.exec(text);
  if (!m) return;
  const types = new Set(findTypeHits(text.slice(0, m.index), text).map((h) => h.type));
  if (types.size === 0) return;
  const condition = m[1]!.replace(SENTENCE_TRAILING_PUNCTUATION.re, "");
  for (const c of candidates) {
    if (c.order >= si || c.stance !== "committed" || !types.has(c.commitment)) continue;
    c.stance = "conditional";
    c.condition = condition;
  }
}

/** The types of a part a country takes or sends, which a later "only if" can limit; not money or weapons. */
const PART_TYPES: ReadonlySet<string> = new Set([
  "troops",
  "monitoring",
  "air",
  "maritime",
  "intelligence",
  "training",
  "logistics",
]);

/**
 * Phenomenon: a condition on a country's own part stated sentences after its offer ("Türkiye
 * is ready to take part in a monitoring mechanism ... Türkiye would take part only if both sides
 * agree, he noted", "Swedish units would only be sent once a ceasefire is in force"): the
 * country's committed offers of a part made earlier in the article become conditional on it.
 * Deliveries and money stay as they were. The condition ends where a reporting frame starts.
 */
export function applyOwnPartCondition(
  candidates: Candidate[],
  si: number,
  text: string,
  mentions: readonly ActorMention[],
  frames: readonly Span[],
): void {
  if (!text.includes("only")) return;
  const m = OWN_PART_ONLY_IF.re.exec(text);
  if (!m) return;
  let owner: ActorMention | undefined;
  for (const x of mentions) if (x.kind !== "person" && x.end <= m.index && (!owner || x.end > owner.end)) owner = x;
  if (!owner || !OWN_PART_SUBJECT_GAP.re.test(text.slice(owner.end, m.index))) return;
  const stated = (m[1] ?? m[2])!;
  const from = m.index + m[0].length - stated.length;
  const frameStart = frames.find((f) => f.start > from)?.start ?? text.length;
  const condition = text
    .slice(from, frameStart)
    .replace(CONDITION_TRAILING_PUNCTUATION.re, "")
    .replace(SENTENCE_TRAILING_PUNCTUATION.re, "");
  if (!condition) return;
  const country = owner.country;
  for (const c of candidates) {
    if (c.order >= si || c.stance !== "committed" || c.country !== country) continue;
    if (!PART_TYPES.has(c.commitment)) continue;
    c.stance = "conditional";
    c.condition = condition;
  }
}
