import { NON_WORD_RUN } from "./rules/text/non-word-run";
import { WORD } from "./rules/text/word";
import { literalFragments } from "./pattern";
/**
 * Text helpers and the spans the pipeline passes between stages. Offsets always index the
 * sentence text they were found in; masking keeps lengths, so offsets survive it.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end);
}

export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The first match `allMatches` would give (an empty match is passed over), without finding the rest. */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length > 0) break;
    re.lastIndex++;
  }
  re.lastIndex = 0;
  return m;
}

/**
 * The runs of letters and digits (WORD) in `text`. Counted on the character codes while they
 * are ASCII or punctuation news copy uses (quotes, dashes, no-break space): the regex with
 * the u flag it stood for cost more than the rest of the frame reading; any other character
 * hands the count to it.
 */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let alnum: boolean;
    if (c < 128) alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    else if (c === 0xa0 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026) alnum = false;
    else return (text.match(WORD.re) ?? []).length;
    if (alnum && !inWord) words++;
    inWord = alnum;
  }
  return words;
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUN.re, " ").trim();
}

export interface QuoteCount {
  opens: number;
  closes: number;
  straight: number;
}

export function countQuotes(text: string): QuoteCount {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) opens++;
    else if (c === 0x201d || c === 0xbb) closes++;
    else if (c === 0x22) straight++;
  }
  return { opens, closes, straight };
}

export function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/**
 * Which of a fixed list of lower-case strings occur in a text, found in one pass over it (an
 * Aho-Corasick automaton): the cheap test before patterns each of whose matches holds one of
 * their keys, where testing each key on its own scanned the sentence once per key. An ASCII
 * letter of a key matches either case and any other character only itself, as the i flag
 * (without u) matches them, so the text needs no lower-casing.
 */
export class SubstringSet {
  /** Each character of the keys' alphabet -> its column (0: any other character). */
  private readonly columns = new Map<number, number>();
  private readonly asciiColumns = new Int32Array(128);
  /** A state's row of transitions starts at `state << shift` (rows padded to a power of two, at least 2). */
  private readonly shift: number;
  /**
   * The automaton's transitions: `next[row + column]` is the row of the next state, plus 1 when
   * a key ends in that state (rows are even, so the low bit is free: no second look-up per character).
   */
  private readonly next: Int32Array;
  /** The keys that end in each state (through its suffixes too), or null. */
  private readonly ending: (readonly number[] | null)[];
  private readonly found: Uint8Array;

  constructor(readonly keys: readonly string[]) {
    for (const key of keys) if (key !== key.toLowerCase()) throw new Error(`SubstringSet: key not lower-case: ${key}`);
    for (const key of keys)
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (!this.columns.has(code)) this.columns.set(code, this.columns.size + 1);
      }
    for (const [code, column] of this.columns)
      if (code < 128) {
        this.asciiColumns[code] = column;
        if (code >= 0x61 && code <= 0x7a) this.asciiColumns[code - 0x20] = column;
      }
    const width = this.columns.size + 1;
    const shift = (this.shift = Math.max(1, Math.ceil(Math.log2(width))));
    // The trie of the keys.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keys.forEach((key, id) => {
      let state = 0;
      for (let i = 0; i < key.length; i++) {
        const column = this.columns.get(key.charCodeAt(i))!;
        let child = children[state]!.get(column);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(column, child);
        }
        state = child;
      }
      ends[state]!.push(id);
    });
    // Breadth first: each state's fallback (its longest proper suffix in the trie) is known before it.
    const goto = new Int32Array(children.length * width);
    const fallback = new Int32Array(children.length);
    const queue: number[] = [];
    for (let column = 0; column < width; column++) {
      const child = children[0]!.get(column);
      if (child !== undefined) queue.push(child);
      goto[column] = child ?? 0;
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      ends[state]!.push(...ends[fallback[state]!]!);
      for (let column = 0; column < width; column++) {
        const child = children[state]!.get(column);
        if (child === undefined) goto[state * width + column] = goto[fallback[state]! * width + column]!;
        else {
          fallback[child] = goto[fallback[state]! * width + column]!;
          goto[state * width + column] = child;
          queue.push(child);
        }
      }
    }
    this.ending = ends.map((e) => (e.length ? [...new Set(e)] : null));
    this.next = new Int32Array(children.length << shift);
    for (let state = 0; state < children.length; state++)
      for (let column = 0; column < width; column++) {
        const target = goto[state * width + column]!;
        this.next[(state << shift) + column] = (target << shift) | (this.ending[target] ? 1 : 0);
      }
    this.found = new Uint8Array(keys.length);
  }

  /** Whether any key occurs in `text` (stops at the first). */
  occursIn(text: string): boolean {
    const { asciiColumns, columns, next } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = next[(row & ~1) + (code < 128 ? asciiColumns[code]! : (columns.get(code) ?? 0))]!;
      if (row & 1) return true;
    }
    return false;
  }

  /** Whether any of the keys `ids` is among those `find` found. */
  static anyOf(found: Uint8Array, ids: readonly number[]): boolean {
    for (let k = 0; k < ids.length; k++) if (found[ids[k]!]) return true;
    return false;
  }

  /**
   * `found[id]` is 1 for every key that occurs in `text`, 0 for the others. The flags are kept
   * in one buffer, which the next call overwrites (allocating a typed array per sentence cost
   * more than the search).
   */
  find(text: string): Uint8Array {
    const { asciiColumns, columns, next, ending, shift, found } = this;
    found.fill(0);
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      row = next[(row & ~1) + (code < 128 ? asciiColumns[code]! : (columns.get(code) ?? 0))]!;
      if (row & 1) {
        const ids = ending[row >> shift]!;
        for (let k = 0; k < ids.length; k++) found[ids[k]!] = 1;
      }
    }
    return found;
  }
}

/**
 * The cheap tests of a list of patterns (their hints), gated by one search: the literal runs of
 * each hint (`literalFragments`) are found in one pass over a text, and a hint none of whose runs
 * occur there cannot pass, so it is not run (a stage's thirty hints, each a scan of the sentence,
 * cost more than the one search). A hint without runs is run as it is. The text searched may be
 * the one tested with stretches blanked since: a blank is a space, and no run holds one.
 */
export class HintGate {
  private readonly keys: SubstringSet;
  /** Per pattern, the ids of its hint's runs, or null (no hint, or one without runs). */
  private readonly ids: (readonly number[] | null)[];

  constructor(hints: readonly (RegExp | undefined)[]) {
    // A global hint keeps its place between tests, which skipping some of them would change.
    for (const hint of hints) if (hint?.global || hint?.sticky) throw new Error(`HintGate: stateful hint ${hint}`);
    const fragments = hints.map((hint) => (hint ? literalFragments(hint.source) : null));
    const keys = [...new Set(fragments.flatMap((f) => f ?? []))];
    this.keys = new SubstringSet(keys);
    this.ids = fragments.map((f) => (f ? f.map((k) => keys.indexOf(k)) : null));
  }

  /** The runs found in `text`, for `mayPass` (one buffer, which the next call overwrites). */
  search(text: string): Uint8Array {
    return this.keys.find(text);
  }

  /** Whether the hint of pattern `i` may pass on the text searched (false: it cannot). */
  mayPass(found: Uint8Array, i: number): boolean {
    const ids = this.ids[i];
    return !ids || SubstringSet.anyOf(found, ids);
  }
}

/**
 * The line breaks of the last body asked about, so that finding the line of a sentence is a
 * binary search: a scan back to the line's start per sentence made a long paragraph (200 KB of
 * one-word sentences on one line) quadratic. The stages read one article at a time.
 */
let indexedBody: string | null = null;
let lineBreaks: number[] = [];

function lineBreaksOf(body: string): number[] {
  if (body !== indexedBody) {
    lineBreaks = [];
    for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) lineBreaks.push(i);
    indexedBody = body;
  }
  return lineBreaks;
}

/** The index of the first line break at or after `from` in `breaks`, `breaks.length` when none. */
function firstBreakFrom(breaks: readonly number[], from: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (breaks[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the line holding `at` starts: `body.lastIndexOf("\n", at - 1) + 1`, without the scan. */
export function lineStartOf(body: string, at: number): number {
  const breaks = lineBreaksOf(body);
  // lastIndexOf treats a negative position as 0.
  const i = firstBreakFrom(breaks, Math.max(at - 1, 0) + 1) - 1;
  return i >= 0 ? breaks[i]! + 1 : 0;
}

/** The first line break at or after `from`: `body.indexOf("\n", from)`, without the scan (-1 when none). */
export function lineBreakFrom(body: string, from: number): number {
  const breaks = lineBreaksOf(body);
  const i = firstBreakFrom(breaks, Math.max(from, 0));
  return i < breaks.length ? breaks[i]! : -1;
}
