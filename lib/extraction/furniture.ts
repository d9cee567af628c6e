/**
 * Stage "furniture": headings, bylines, counters and section labels are never positions, but
 * they mark sections ("Background" is skipped, "Recall" down-weighted).
 */
import { findActorMentions } from "./actors";
import type { DiscourseState, Section } from "./discourse";
import * as lexicon from "./lexicon";
import { isWhitespaceCode, type SentenceSpan } from "./sentences";
import { lineBreakFrom, lineStartOf, normalise, wordCount, type QuoteCount } from "./text";
import { CLOSING_PUNCTUATION } from "./rules/furniture/closing-punctuation";
import { NEWS_HEADING } from "./rules/furniture/news-heading";
import { TRAILING_COLON } from "./rules/furniture/trailing-colon";
import { TRAILING_QUESTION_MARK } from "./rules/furniture/trailing-question-mark";
import { NOT_THE_STORY } from "./rules/furniture/not-the-story";
import { OUTLETS_OWN_ANALYSIS } from "./rules/furniture/outlets-own-analysis";
import { TIMESTAMP } from "./rules/furniture/timestamp";
import { INTERVIEW_QUESTION } from "./rules/furniture/interview-question";
import { INTERVIEW_ANSWER } from "./rules/furniture/interview-answer";
import { SPEAKER_LABEL } from "./rules/furniture/speaker-label";
import type { Speaker } from "./discourse";
import { LIST_ITEM_FRAGMENT } from "./rules/furniture/list-item-fragment";
import { LIST_MARKER } from "./rules/sentences/list-marker";
import { COUNTRY_LABEL } from "./rules/furniture/country-label";
import { LABEL_VERB } from "./rules/furniture/label-verb";
import { LABEL_PREDICATE } from "./rules/furniture/label-predicate";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { BACKGROUND_HEADING_RE, DATELINE_RE, LINE_LABEL_RE, OPINION_HEADING_RE, RECALL_HEADING_RE, SOURCE_LINE_RE } =
  lexicon;

export function isHeadingLike(body: string, s: SentenceSpan): boolean {
  const lineEndIdx = lineBreakFrom(body, s.end);
  // The line's trimmed bounds, found without copying it: a sentence on a long line is no
  // heading, and a copy of the line per sentence made such a line quadratic.
  let lineStart = lineStartOf(body, s.start);
  let lineEnd = lineEndIdx < 0 ? body.length : lineEndIdx;
  while (lineStart < lineEnd && isWhitespaceCode(body.charCodeAt(lineStart))) lineStart++;
  while (lineEnd > lineStart && isWhitespaceCode(body.charCodeAt(lineEnd - 1))) lineEnd--;
  if (lineEnd - lineStart - s.text.length > 3) return false;
  const line = body.slice(lineStart, lineEnd);
  const ownLine = line.endsWith(s.text) && line.length - s.text.length <= 3;
  if (!ownLine) return false;
  if (CLOSING_PUNCTUATION.re.test(s.text) && !TRAILING_COLON.re.test(s.text)) return false;
  return wordCount(s.text) <= 16;
}

/** The length of the time a live page's entry opens on ("14:05 GMT – "), 0 when none. */
function postedAt(text: string): number {
  if (!TIMESTAMP.hint!.test(text)) return 0;
  return TIMESTAMP.re.exec(text)?.[0].length ?? 0;
}

/** The country a heading names when it names one and nothing else ("Romania", "The Netherlands:"). */
function headingCountry(heading: string): { country: string } | Record<string, never> {
  const name = heading.endsWith(":") ? heading.slice(0, -1).trimEnd() : heading;
  if (name.length > MAX_LABEL || wordCount(name) > 4) return {};
  const mentions = findActorMentions(name);
  const m = mentions.length === 1 ? mentions[0]! : null;
  return m && m.start === 0 && m.end === name.length && (m.kind === "name" || m.kind === "organisation")
    ? { country: m.country }
    : {};
}

export type FurnitureVerdict =
  | { kind: "heading"; section: Section; country?: string }
  | { kind: "repeated-title" }
  | { kind: "source-line" }
  | { kind: "question" }
  /** A caption, an editor's note, a reader's comment: beside the story, nothing stated. */
  | { kind: "aside" }
  /**
   * Prose: `offset` is the length of a line label ("Quote:") left out of the evidence; `reading`,
   * when set, is what the stages read instead of the sentence (a country's labelled fragment).
   */
  | { kind: "prose"; offset: number; reading?: string };

/**
 * What a sentence is before anything is read from it: a heading (which may open a section),
 * the headline repeated, a "Source:" line, a question or background (nothing stated), or prose.
 */
export function classifySentence(
  body: string,
  sentence: SentenceSpan,
  state: DiscourseState,
  titleNorm: string,
  quotes: QuoteCount,
): FurnitureVerdict {
  const labelled = labelledLineReading(body, sentence);
  if (labelled !== null) return { kind: "prose", offset: 0, reading: labelled };
  if (isHeadingLike(body, sentence)) {
    const t = sentence.text.trim();
    let section: Section = state.section;
    BACKGROUND_HEADING_RE.lastIndex = 0;
    RECALL_HEADING_RE.lastIndex = 0;
    OPINION_HEADING_RE.lastIndex = 0;
    if (BACKGROUND_HEADING_RE.test(t)) section = "background";
    else if (RECALL_HEADING_RE.test(t)) section = "recall";
    else if (OPINION_HEADING_RE.test(t)) section = "opinion";
    else if (NEWS_HEADING.re.test(t) && section !== "background") section = "news";
    BACKGROUND_HEADING_RE.lastIndex = 0;
    RECALL_HEADING_RE.lastIndex = 0;
    OPINION_HEADING_RE.lastIndex = 0;
    return { kind: "heading", section, ...headingCountry(t) };
  }
  if (titleNorm && Math.abs(sentence.text.length - titleNorm.length) < 8 && normalise(sentence.text) === titleNorm)
    return { kind: "repeated-title" };
  SOURCE_LINE_RE.lastIndex = 0;
  if (SOURCE_LINE_RE.test(sentence.text)) return { kind: "source-line" };
  // The paragraph's own label governs every sentence of it: a caption, an editor's note, a
  // reader's comment, the outlet's own analysis state nothing; the interviewer's line is a question however it ends.
  // A live page's entry opens on the time it was posted ("14:05 GMT – "): what follows it is the
  // entry, its label and its statement.
  const rawParagraph = body.slice(lineStartOf(body, sentence.start), sentence.end);
  const paragraph = rawParagraph.slice(postedAt(rawParagraph));
  if (NOT_THE_STORY.re.test(paragraph) || OUTLETS_OWN_ANALYSIS.re.test(paragraph)) return { kind: "aside" };
  // A question asked in the text ("Will Germany send troops?") states nothing.
  if (
    state.section === "background" ||
    INTERVIEW_QUESTION.re.test(paragraph) ||
    (TRAILING_QUESTION_MARK.re.test(sentence.text) && !state.inQuote && quotes.opens + quotes.straight === 0)
  )
    return { kind: "question" };
  // A line label ("Quote:", "Details:", an interview's "A:") is not part of the evidence.
  const stamp = postedAt(sentence.text);
  const entry = stamp ? sentence.text.slice(stamp) : sentence.text;
  LINE_LABEL_RE.lastIndex = 0;
  const label = LINE_LABEL_RE.exec(entry) ?? INTERVIEW_ANSWER.re.exec(entry);
  if (label) return { kind: "prose", offset: stamp + label[0].length };
  // A transcript's "TANNER:" / "Minister Motegi:" is who speaks, not what is said.
  const speakerLabel = speakerLabelOf(entry);
  if (speakerLabel) return { kind: "prose", offset: stamp + speakerLabel.length };
  // A wire dateline ("OSLO, Feb 10 (Reuters) - ") is not part of the statement or its frame.
  const dateline = DATELINE_RE.exec(entry);
  return { kind: "prose", offset: stamp + (dateline ? dateline[0].length : 0) };
}

/** A label in capitals ("NICUȘOR DAN") as the gazetteer spells the name ("Nicușor Dan"). */
function asNamed(label: string): string {
  if (label !== label.toUpperCase()) return label;
  let out = "";
  for (let i = 0; i < label.length; i++) {
    const before = i === 0 ? " " : label[i - 1]!;
    out += before === " " || before === "/" || before === "-" ? label[i] : label[i]!.toLowerCase();
  }
  return out;
}

/**
 * The official a transcript line opens with ("TANNER: No.", "Minister Motegi: ..."): the label's
 * length and who speaks, or null when the line opens with no label or the label names no
 * official the article knows (an interviewer, an outlet).
 */
export function speakerLabelOf(line: string): { length: number; speaker: Speaker } | null {
  if (!SPEAKER_LABEL.hint!.test(line)) return null;
  const m = SPEAKER_LABEL.re.exec(line);
  if (!m) return null;
  const label = asNamed(m[1]!);
  const person = findActorMentions(label).find((p) => p.kind === "person" && p.end === label.length);
  return person?.speaker
    ? { length: m[0].length, speaker: { name: person.speaker.name, country: person.speaker.country } }
    : null;
}

/** Who speaks the line a sentence stands on, when a transcript's label opens that line. */
export function lineSpeakerOf(body: string, sentenceStart: number): Speaker | null {
  const lineStart = lineStartOf(body, sentenceStart);
  return speakerLabelOf(body.slice(lineStart, lineStart + MAX_SPEAKER_LABEL))?.speaker ?? null;
}

/** How far a transcript's label may reach into its line. */
const MAX_SPEAKER_LABEL = 60;

/**
 * The headline repeated inside the body ends a teaser lede (common in pasted pages): the same
 * statement after it is the article's own wording and makes better evidence. -1 when absent.
 */
export function titleRepeatIndex(sentences: readonly SentenceSpan[], titleNorm: string): number {
  if (!titleNorm) return -1;
  for (let i = sentences.length - 1; i > 0; i--) {
    if (Math.abs(sentences[i]!.text.length - titleNorm.length) < 8 && normalise(sentences[i]!.text) === titleNorm)
      return i;
  }
  return -1;
}

/**
 * What a fact box's item gives when it names only the contribution ("Sweden: up to 200 soldiers"):
 * a list of what countries set out is a list of their pledges, read as "Sweden will contribute up
 * to 200 soldiers"; its own condition, refusal ("no troops") or hedge is read as written.
 */
const LABEL_PLEDGE = " will contribute ";
/** What joins a label to a fragment that says what the country is ("Greece: open to ..."). */
const LABEL_COPULA = " is ";
/** How far a label may reach into its line (four words and a separator). */
const MAX_LABEL = 48;

/** The label of a line when it names one country (or its capital, its leader, the EU or NATO), else null. */
function countryLabel(line: string): RegExpExecArray | null {
  const colon = line.indexOf(":");
  const dash = Math.max(line.indexOf(" — "), line.indexOf(" – "), line.indexOf(" - "));
  if ((colon < 0 || colon > MAX_LABEL) && (dash < 0 || dash > MAX_LABEL)) return null;
  const m = COUNTRY_LABEL.re.exec(line);
  if (!m) return null;
  const mentions = findActorMentions(m[1]!);
  return mentions.length === 1 &&
    mentions[0]!.start === 0 &&
    mentions[0]!.end === m[1]!.length &&
    mentions[0]!.kind !== "adjective"
    ? m
    : null;
}

/** The text of the line next to the one that ends or starts at `at`, without its list marker; "" when none. */
function neighbourLine(body: string, at: number, step: 1 | -1): string {
  let i = at;
  for (;;) {
    if (step === 1) {
      const end = body.indexOf("\n", i);
      if (end < 0) return "";
      const next = body.indexOf("\n", end + 1);
      const line = body.slice(end + 1, next < 0 ? body.length : next).trim();
      if (line) return line.replace(LIST_MARKER.re, "");
      i = end + 1;
    } else {
      const start = body.lastIndexOf("\n", i - 1);
      if (start <= 0) return "";
      const prev = body.lastIndexOf("\n", start - 1) + 1;
      const line = body.slice(prev, start).trim();
      if (line) return line.replace(LIST_MARKER.re, "");
      i = prev;
    }
  }
}

/**
 * A line of a fact box or a roundup, "Country: what it gives", read with the country as its
 * subject ("- Sweden: up to 200 soldiers, subject to a parliamentary vote" as "Sweden will
 * contribute up to 200 soldiers, subject to a parliamentary vote"); each part after a semicolon
 * is read the same way ("Greece: no troops; open to providing a naval vessel"). Only for a line
 * that a bullet opens or that stands among other such lines: a lone "Poland: troops on the
 * border" is a heading. Null when the sentence is no such line.
 */
export function labelledLineReading(body: string, s: SentenceSpan): string | null {
  const lineStart = lineStartOf(body, s.start);
  if (lineStart !== s.start && !opensListItem(body, s)) return null;
  const label = countryLabel(s.text);
  if (!label) return null;
  const rest = s.text.slice(label[0].length);
  if (!LIST_ITEM_FRAGMENT.re.test(rest)) return null;
  if (
    !opensListItem(body, s) &&
    !countryLabel(neighbourLine(body, lineStart, -1)) &&
    !countryLabel(neighbourLine(body, s.end, 1))
  )
    return null;
  const name = label[1]!;
  return rest
    .split(";")
    .map((part) => {
      const p = part.trim();
      if (!LIST_ITEM_FRAGMENT.re.test(p)) return p;
      LABEL_VERB.re.lastIndex = 0;
      LABEL_PREDICATE.re.lastIndex = 0;
      const join = LABEL_VERB.re.test(p) ? " " : LABEL_PREDICATE.re.test(p) ? LABEL_COPULA : LABEL_PLEDGE;
      return `${name}${join}${p}`;
    })
    .join("; ");
}

/** The most items one lead-in governs. */
const MAX_LIST_ITEMS = 12;

/** Whether the sentence opens a list item: its line holds only a list marker before it. */
function opensListItem(body: string, s: SentenceSpan): boolean {
  let from = lineStartOf(body, s.start);
  while (from < s.start && isWhitespaceCode(body.charCodeAt(from))) from++;
  const prefixLength = s.start - from;
  if (!prefixLength) return false;
  // The marker is read from the prefix's first characters, not a copy of the whole prefix
  // (a sentence far into a long line has a long prefix): a marker that fills the window goes
  // on in spaces, and the prefix is one only if spaces alone follow it.
  const marker = LIST_MARKER.re.exec(body.slice(from, from + Math.min(prefixLength, LIST_MARKER_WINDOW)));
  if (!marker) return false;
  if (marker[0].length === prefixLength) return true;
  if (marker[0].length < LIST_MARKER_WINDOW) return false;
  for (let i = from + LIST_MARKER_WINDOW; i < s.start; i++) if (!isWhitespaceCode(body.charCodeAt(i))) return false;
  return true;
}

/** How much of a line's prefix the list marker is read from. */
const LIST_MARKER_WINDOW = 32;

/**
 * The lead-in a list item goes on from: the item opens in lower case, on a number or a currency
 * ("• deploy troops after a ceasefire;", "– two minehunters"), and the lines before it up to a
 * line that ends on a colon ("The two countries will:") are items of the same list. Its index
 * among the sentences, or -1 when the sentence is no such item.
 */
export function listLeadIn(body: string, sentences: readonly SentenceSpan[], si: number): number {
  const item = sentences[si]!;
  if (!LIST_ITEM_FRAGMENT.re.test(item.text) || !opensListItem(body, item)) return -1;
  for (let j = si - 1; j >= 0 && j >= si - MAX_LIST_ITEMS; j--) {
    const before = sentences[j]!;
    if (opensListItem(body, before)) continue;
    const lineEnds = body.slice(before.end, sentences[j + 1]!.start).includes("\n");
    return lineEnds && TRAILING_COLON.re.test(before.text) ? j : -1;
  }
  return -1;
}
