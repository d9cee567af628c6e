import { NON_WORD_RUN } from "./rules/text/non-word-run";
import { WORD } from "./rules/text/word";
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

export function wordCount(text: string): number {
  return (text.match(WORD.re) ?? []).length;
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
