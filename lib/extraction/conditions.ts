/**
 * Conditions on a pledge: found in the sentence (CONDITION_PATTERNS, blanked before the stance
 * is read) or stated by the next sentence ("However, to do so, we must first ...").
 */
import type { SentenceSpan } from "./sentences";
import { findTypeHits } from "./commitments";
import { allMatches, blank, wordCount, type Span } from "./text";
import type { Candidate } from "./types";
import * as lexicon from "./lexicon";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { CONDITION_PATTERNS, PRECONDITION_RE } = lexicon;

export function findConditions(text: string): Span[] {
  const out: Span[] = [];
  for (const { re, hint } of CONDITION_PATTERNS) {
    if (!hint.test(text)) continue;
    for (const m of allMatches(re, text)) {
      const cond = m[0].replace(/[\s,;:"“”]+$/u, "");
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
  const m = preconditionOf(next.text);
  if (!m) return;
  const condition = (m[1] ?? m[2] ?? "").split(/["”]/u)[0]!.replace(/[\s,;:.!"“”]+$/u, "");
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
 * Phenomenon: a sentence that only states a precondition for the one before ("However, to do
 * so, we must first have a ceasefire", "Only once the guns fall silent"). A sentence that
 * opens with a condition but goes on to a pledge of its own ("After the war ends, Belgium will
 * send a frigate") is not one: it names a commitment outside its conditions.
 */
export function preconditionOf(sentence: string): RegExpExecArray | null {
  const stripped = sentence.replace(/^["“]/u, "");
  PRECONDITION_RE.lastIndex = 0;
  const m = PRECONDITION_RE.exec(stripped);
  if (!m) return null;
  let rest = stripped;
  for (const c of findConditions(stripped)) rest = blank(rest, c.start, c.end);
  return findTypeHits(rest, stripped).length ? null : m;
}
