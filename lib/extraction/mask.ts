/**
 * Stage "mask": what must not be read as the sentence's own statement is blanked (same
 * length, so offsets hold): the reporting frames (each also ends a clause), open questions
 * ("asked whether ..."), hearsay ("after reports emerged that ...") and, for the stance and
 * commitment stages, the conditions, which are kept aside verbatim.
 */
import { findConditions } from "./conditions";
import * as lexicon from "./lexicon";
import type { Frame } from "./speaker";
import { allMatches, blank, type Span } from "./text";
import { REPORT_HINT } from "./rules/mask/report-hint";
import { BRACKET_ASIDE } from "./rules/mask/bracket-aside";
import { EDITORIAL_BRACKET } from "./rules/mask/editorial-bracket";
import { PRONOUN_BEFORE_BRACKET } from "./rules/mask/pronoun-before-bracket";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { ANAPHOR_RE, ANY_TYPE_STEM, HEARSAY_RE, QUESTION_RE } = lexicon;

export interface MaskedSentence {
  /** Frames, questions and hearsay blanked. */
  masked: string;
  /** `masked` with the conditions blanked too: where commitment and stance cues are read. */
  cueText: string;
  conditions: Span[];
  /** A cheap test passed: the sentence may name a commitment at all. */
  mayHoldCommitment: boolean;
}

/**
 * Editors' brackets in quotations, read in place (same length, so every offset still indexes
 * the verbatim sentence): the brackets of an insertion are blanked and its words read as the
 * speaker's ("We have decided [to send troops]"); a pronoun right before the bracket is
 * blanked too, the bracket naming its referent ("they [the Czech cabinet] are ready"); an
 * aside ("[sic]", "[...]") is blanked whole. The patterns read a literal space as a run of
 * spaces (`spaceRuns` in pattern.ts), so a phrase split by a blanked bracket still matches.
 */
export function readBrackets(text: string): string {
  if (text.indexOf("[") < 0) return text;
  let out = text;
  for (const m of allMatches(EDITORIAL_BRACKET.re, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (BRACKET_ASIDE.re.test(m[1]!)) {
      out = blank(out, start, end);
      continue;
    }
    out = blank(blank(out, start, start + 1), end - 1, end);
    const pronoun = PRONOUN_BEFORE_BRACKET.re.exec(text.slice(Math.max(0, start - 12), start));
    if (pronoun) out = blank(out, start - pronoun[0].length, start);
  }
  return out;
}

/** The verbatim text of spans found in a same-length reading of `verbatim`. */
const verbatimSpans = (spans: Span[], verbatim: string): Span[] =>
  spans.map((s) => ({ ...s, text: verbatim.slice(s.start, s.start + s.text.length) }));

/** `verbatim`: the sentence as written, when `text` is its reading (`readBrackets`): the conditions are quoted from it. */
export function maskSentence(text: string, frame: Frame, verbatim: string = text): MaskedSentence {
  let masked = text;
  // A frame also ends a clause: "..., Tusk said, adding that Warsaw would instead ...".
  for (const span of frame.spans) masked = blank(masked, span.start, span.end);
  for (const span of frame.spans)
    if (span.end > span.start) masked = masked.slice(0, span.start) + ";" + masked.slice(span.start + 1);
  for (const q of allMatches(QUESTION_RE, masked)) masked = blank(masked, q.index, q.index + q[0].length);
  // Hearsay states no government's position; found on the text itself, since a reporting
  // frame may already have blanked "reports".
  if (REPORT_HINT.re.test(text))
    for (const q of allMatches(HEARSAY_RE, text)) masked = blank(masked, q.index, q.index + q[0].length);
  ANAPHOR_RE.lastIndex = 0;
  const mayHoldCommitment = ANY_TYPE_STEM.test(masked) || ANAPHOR_RE.test(masked);
  const found = mayHoldCommitment ? findConditions(masked) : [];
  const conditions = verbatim === text ? found : verbatimSpans(found, verbatim);
  let cueText = masked;
  for (const c of conditions) cueText = blank(cueText, c.start, c.end);
  return { masked, cueText, conditions, mayHoldCommitment };
}
