/**
 * Stage "mask": what must not be read as the sentence's own statement is blanked (same
 * length, so offsets hold): the reporting frames (each also ends a clause), open questions
 * ("asked whether ..."), hearsay ("after reports emerged that ...") and, for the stance and
 * commitment stages, the conditions, which are kept aside verbatim.
 */
import { ANSWER_PRONOUN } from "./rules/commitments/answer-pronoun";
import { findConditions } from "./conditions";
import * as lexicon from "./lexicon";
import type { Frame } from "./speaker";
import { allMatches, blank, type Span } from "./text";
import { REPORT_HINT } from "./rules/mask/report-hint";
import { PAUSE_ELLIPSIS } from "./rules/mask/pause-ellipsis";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { ANAPHOR_KEYS, ANAPHOR_RE, ANY_TYPE_STEM_KEYS, HEARSAY_RE, QUESTION_RE } = lexicon;

export interface MaskedSentence {
  /** Frames, questions and hearsay blanked. */
  masked: string;
  /** `masked` with the conditions blanked too: where commitment and stance cues are read. */
  cueText: string;
  conditions: Span[];
  /** A cheap test passed: the sentence may name a commitment at all. */
  mayHoldCommitment: boolean;
  /** The open questions blanked ("asked whether Germany would send troops"): what the answer is about. */
  questions: string[];
}

export function maskSentence(text: string, frame: Frame, answersQuestion = false): MaskedSentence {
  let masked = text;
  // "will not … send": a pause inside the clause joins the words on either side.
  if (text.includes("…") || text.includes("..."))
    for (const p of allMatches(PAUSE_ELLIPSIS.re, masked)) masked = blank(masked, p.index, p.index + p[0].length);
  // A frame also ends a clause: "..., Tusk said, adding that Warsaw would instead ...".
  for (const span of frame.spans) masked = blank(masked, span.start, span.end);
  for (const span of frame.spans)
    if (span.end > span.start) masked = masked.slice(0, span.start) + ";" + masked.slice(span.start + 1);
  const questions: string[] = [];
  for (const q of allMatches(QUESTION_RE, masked)) {
    questions.push(q[0]);
    masked = blank(masked, q.index, q.index + q[0].length);
  }
  // Hearsay states no government's position; found on the text itself, since a reporting
  // frame may already have blanked "reports".
  if (REPORT_HINT.re.test(text))
    for (const q of allMatches(HEARSAY_RE, text)) masked = blank(masked, q.index, q.index + q[0].length);
  ANAPHOR_RE.lastIndex = 0;
  // An answer's "that" / "it" may stand for what the question asked about (ANSWER_PRONOUN).
  ANSWER_PRONOUN.re.lastIndex = 0;
  const mayHoldCommitment =
    ANY_TYPE_STEM_KEYS.occursIn(masked) ||
    (ANAPHOR_KEYS.occursIn(masked) && ANAPHOR_RE.test(masked)) ||
    (answersQuestion && ANSWER_PRONOUN.re.test(masked));
  const conditions = mayHoldCommitment ? findConditions(masked) : [];
  let cueText = masked;
  for (const c of conditions) cueText = blank(cueText, c.start, c.end);
  return { masked, cueText, conditions, mayHoldCommitment, questions };
}
