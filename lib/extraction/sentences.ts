/**
 * Sentence segmentation with exact character offsets.
 *
 * wink-nlp's English model does the hard part (abbreviations such as "U.S.", "Gen.",
 * "Feb. 26", ellipses, quotes); we add the rules a news paste needs on top: a line break
 * always ends a sentence (headings, bullets and bylines sit on their own lines), list
 * markers are not part of the sentence, and every sentence is located in the body by
 * offset so `body.slice(start, end) === text` holds for every sentence returned.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { chargeWork } from "./work-meter";
import { BARE_LIST_NUMBER } from "./rules/sentences/bare-list-number";
import { CLOSING_QUOTE_ALONE } from "./rules/sentences/closing-quote-alone";
import { LETTER_OR_DIGIT } from "./rules/sentences/letter-or-digit";
import { LIST_MARKER } from "./rules/sentences/list-marker";

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// One pipeline, reused: loading the model is the expensive part (~0.1 s), reading is cheap.
// wink adds every out-of-vocabulary word it meets to the pipeline's own cache and never
// evicts it, so memory would grow with the vocabulary of everything ever read; a fresh
// pipeline every million tokens (some 6 MB of text) keeps memory flat at a cost of ~2%.
const TOKENS_PER_PIPELINE = 1_000_000;
let nlp = winkNLP(model, ["sbd"]);
let tokensRead = 0;
const its = nlp.its;

function pipeline(): typeof nlp {
  if (tokensRead > TOKENS_PER_PIPELINE) {
    nlp = winkNLP(model, ["sbd"]);
    tokensRead = 0;
  }
  return nlp;
}

/**
 * Exactly the characters `/\s/u` matches (tab, line and paragraph breaks, BOM, the Zs spaces),
 * tested on the code unit: these loops run once per character of every body, and a regex test on
 * a one-character string there allocated a string per character (sentences.test.ts checks every
 * code unit against `/\s/u`).
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * wink's tokenizer takes time quadratic in the length of a word (a 200 KB word took 42 s), so
 * it reads a copy of the body in which no run of non-space characters is longer than this:
 * longer runs get a space every so often. The copy has the body's length, so token offsets
 * found in it are offsets in the body. No word in any language is this long; a run this long
 * is a URL, a hash or junk, and where it is cut makes no sentence boundary.
 */
export const LONGEST_TOKENIZED_RUN = 64;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The body as wink reads it: same length, runs of non-space characters cut to LONGEST_TOKENIZED_RUN. */
export function prepareForTokenizer(body: string): string {
  chargeWork(body.length);
  let run = 0;
  let cuts: number[] | null = null;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      run = 0;
      continue;
    }
    if (run >= LONGEST_TOKENIZED_RUN) {
      cuts ??= [];
      // A surrogate pair is blanked whole (two spaces), so that no half is left alone.
      if (isLowSurrogate(code) && isHighSurrogate(body.charCodeAt(i - 1))) cuts.push(i - 1, i);
      else if (isHighSurrogate(code) && isLowSurrogate(body.charCodeAt(i + 1))) cuts.push(i, ++i);
      else cuts.push(i);
      run = 0;
      continue;
    }
    run++;
  }
  if (!cuts) return body;
  let out = "";
  let from = 0;
  for (const cut of cuts) {
    out += body.slice(from, cut) + " ";
    from = cut + 1;
  }
  return out + body.slice(from);
}

// How far past the previous token a token is looked for when it is not where expected; wink
// keeps token text verbatim, so this only bounds the search should it ever not.
const TOKEN_SEARCH_WINDOW = 256;

/** Token offsets in `text`, found by scanning forward. */
function locateTokens(text: string, tokens: string[]): Int32Array {
  const starts = new Int32Array(tokens.length);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let at = cursor;
    while (at < text.length && !text.startsWith(token, at) && isWhitespaceCode(text.charCodeAt(at))) at++;
    chargeWork(at - cursor + token.length);
    if (!text.startsWith(token, at)) {
      const window = text.slice(cursor, cursor + TOKEN_SEARCH_WINDOW + token.length);
      chargeWork(window.length * (token.length + 1));
      const found = window.indexOf(token);
      if (found < 0) {
        starts[i] = cursor;
        continue;
      }
      at = cursor + found;
    }
    starts[i] = at;
    cursor = at + token.length;
  }
  return starts;
}

function pushTrimmed(body: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  chargeWork(2 * (end - start) + 8);
  while (s < e && isWhitespaceCode(body.charCodeAt(s))) s++;
  while (e > s && isWhitespaceCode(body.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  const marker = LIST_MARKER.re.exec(body.slice(s, Math.min(e, s + 8)));
  if (marker && s + marker[0].length < e) s += marker[0].length;
  const text = body.slice(s, e);
  if (!LETTER_OR_DIGIT.re.test(text) || BARE_LIST_NUMBER.re.test(text)) return;
  out.push({ text, start: s, end: s + text.length });
}

/**
 * The sentences of `body`, in order, each with its offsets in `body`. Line breaks end
 * sentences; list markers ("•", "-", "1.") are left out of the sentence.
 */
export function splitSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (!body.trim()) return out;
  // Lines that can only be one sentence are taken as they are; wink reads the rest, with those
  // lines blanked (same length, so its offsets stay the body's).
  const { direct, rest } = singleSentenceLines(body);
  if (rest === null) return mergeClosingQuotes(body, direct);
  const tokenized = prepareForTokenizer(rest);
  const doc = pipeline().readDoc(tokenized);
  const tokens = doc.tokens().out() as string[];
  tokensRead += tokens.length;
  const starts = locateTokens(tokenized, tokens);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let segStart = starts[first] ?? 0;
    chargeWork(last - first + 1);
    for (let i = first; i <= last; i++) {
      const tok = tokens[i]!;
      if (tok.includes("\n")) {
        pushTrimmed(rest, segStart, starts[i]!, out);
        segStart = starts[i]! + tok.length;
      }
    }
    const lastTok = tokens[last] ?? "";
    pushTrimmed(rest, segStart, (starts[last] ?? 0) + lastTok.length, out);
  }
  return mergeClosingQuotes(body, direct.length ? mergeByStart(direct, out) : out);
}

// Characters at which wink may end a sentence; and what may follow the end of the last one.
const isTerminator = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const isTrailing = (code: number) =>
  isTerminator(code) ||
  isWhitespaceCode(code) ||
  code === 0x22 || // "
  code === 0x27 || // '
  code === 0x29 || // )
  code === 0x5d || // ]
  code === 0x201d || // ”
  code === 0x2019 || // ’
  code === 0xbb; // »

/**
 * Lines (a line break always ends a sentence) with no sentence-ending character before their
 * final punctuation hold exactly one sentence: a heading, a byline, a one-sentence paragraph.
 * They need no tokenizer; about half of a news body is such lines. `rest` is the body with them
 * blanked, or null when nothing is left for wink to read.
 */
function singleSentenceLines(body: string): { direct: SentenceSpan[]; rest: string | null } {
  const direct: SentenceSpan[] = [];
  let rest = "";
  let copied = 0;
  let complex = false;
  let lineStart = 0;
  chargeWork(body.length);
  while (lineStart < body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let tail = lineEnd;
    while (tail > lineStart && isTrailing(body.charCodeAt(tail - 1))) tail--;
    let simple = true;
    for (let i = lineStart; i < tail; i++) {
      if (isTerminator(body.charCodeAt(i))) {
        simple = false;
        break;
      }
    }
    if (simple) {
      if (tail > lineStart) {
        pushTrimmed(body, lineStart, lineEnd, direct);
        rest += body.slice(copied, lineStart) + " ".repeat(lineEnd - lineStart);
        copied = lineEnd;
      }
    } else complex = true;
    lineStart = lineEnd + 1;
  }
  if (!complex) return { direct, rest: null };
  return { direct, rest: rest + body.slice(copied) };
}

function mergeByStart(a: SentenceSpan[], b: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start < b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * wink sometimes leaves a closing quote or bracket alone after a sentence ends inside a
 * quotation ("... peace." ” he said): glue such fragments back onto the sentence before.
 */
function mergeClosingQuotes(body: string, sentences: SentenceSpan[]): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const sentence of sentences) {
    const prev = merged[merged.length - 1];
    chargeWork(sentence.end - (prev?.end ?? 0) + 8);
    if (prev && CLOSING_QUOTE_ALONE.re.test(sentence.text) && !body.slice(prev.end, sentence.start).includes("\n")) {
      prev.end = sentence.end;
      prev.text = body.slice(prev.start, prev.end);
      continue;
    }
    merged.push({ ...sentence });
  }
  return merged;
}
