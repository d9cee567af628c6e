/**
 * Getting an article out of a file or a raw page paste: header fields, body, and the page
 * furniture (dates, view counters, bylines, share buttons) that must not reach extraction.
 */

import { chargeWork } from "./work-meter";
import { BYLINE_SEPARATOR } from "./rules/article/byline-separator";
import { CARRIAGE_RETURN } from "./rules/article/carriage-return";
import { COUNT_CHARACTER } from "./rules/article/count-character";
import { COUNTER_WORD } from "./rules/article/counter-word";
import { DATE_KEYWORD } from "./rules/article/date-keyword";
import { DATE_KEYWORD_SEPARATOR } from "./rules/article/date-keyword-separator";
import { DATE_LABEL } from "./rules/article/date-label";
import { DATE_TAIL_CHARACTER } from "./rules/article/date-tail-character";
import { DAY_MONTH_YEAR } from "./rules/article/day-month-year";
import { DOTTED_DATE } from "./rules/article/dotted-date";
import { HEADER_KEY } from "./rules/article/header-key";
import { ISO_DATE } from "./rules/article/iso-date";
import { LINE_TERMINATOR } from "./rules/article/line-terminator";
import { MONTH_DAY_YEAR } from "./rules/article/month-day-year";
import { NAME_CHARACTER } from "./rules/article/name-character";
import { NAVIGATION_SEPARATOR } from "./rules/article/navigation-separator";
import { NAVIGATION_WORD_CHARACTER } from "./rules/article/navigation-word-character";
import { NO_BREAK_SPACE } from "./rules/article/no-break-space";
import { NOISE_LINE } from "./rules/article/noise-line";
import { PUNCTUATION_OR_SYMBOL } from "./rules/article/punctuation-or-symbol";
import { UPPERCASE_LETTER } from "./rules/article/uppercase-letter";
import { VIEWS_WORD } from "./rules/article/views-word";
import { WHITESPACE_CHARACTER } from "./rules/article/whitespace-character";
import { WHITESPACE_RUN } from "./rules/article/whitespace-run";

export interface ArticleInput {
  body: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
}

export interface ProposedArticleFields {
  title: string | null;
  outlet: string | null;
  published: string | null;
  body: string;
}

const HEADER_KEYS = new Set(["title", "source", "outlet", "url", "published", "date"]);
/** Month numbers by the first three letters of an English month name (also read by dates.ts). */
export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Whitespace runs are collapsed before the date patterns run: every pattern matches a run with
// `\s+` or not at all, so the answer is the same, and each attempt then reads a bounded number of
// characters (a long run of spaces after a number would otherwise be re-read from every digit).
const DATE_ATTEMPT_READS = 128;

/** The first calendar date written in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  const collapsed = text.replace(WHITESPACE_RUN.re, " ");
  chargeWork(text.length + 4 * DATE_ATTEMPT_READS * collapsed.length);
  let m = ISO_DATE.re.exec(collapsed);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.re.exec(collapsed);
  if (m) return validDate(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[1]));
  m = MONTH_DAY_YEAR.re.exec(collapsed);
  if (m) return validDate(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()] ?? 0, Number(m[2]));
  m = DOTTED_DATE.re.exec(collapsed);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function headerValue(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v || v.toLowerCase() === "unknown") return null;
  return v;
}

/**
 * A `key: value` header line. Scanned rather than matched as one pattern, since `\s*(.*)$`
 * re-reads a long run of spaces once per space when the line ends in a carriage return.
 */
function readHeaderLine(line: string): { key: string; value: string } | null {
  chargeWork(3 * line.length);
  const key = HEADER_KEY.re.exec(line);
  if (!key) return null;
  let start = key[0].length;
  while (start < line.length && WHITESPACE_CHARACTER.re.test(line[start]!)) start++;
  const value = line.slice(start);
  return LINE_TERMINATOR.re.test(value) ? null : { key: key[1]!, value };
}

/**
 * Reads the corpus file format (`key: value` header lines, a `---` line, the body) or, when
 * there is no such header, raw text: then the body is the text exactly as given (so offsets
 * index the file) and title, outlet and date are guessed from the page furniture.
 */
export function parseArticleFile(text: string): ArticleInput {
  const lines = text.split("\n");
  const separator = lines.slice(0, 12).findIndex((line) => line.trim() === "---");
  if (separator > 0) {
    const headers = new Map<string, string>();
    let isHeader = true;
    for (const line of lines.slice(0, separator)) {
      const header = readHeaderLine(line);
      if (!header || !HEADER_KEYS.has(header.key.toLowerCase())) {
        if (line.trim()) isHeader = false;
        continue;
      }
      headers.set(header.key.toLowerCase(), header.value);
    }
    if (isHeader && headers.size > 0) {
      const offset = lines.slice(0, separator + 1).join("\n").length + 1;
      const published = headerValue(headers.get("published") ?? headers.get("date"));
      return {
        title: headerValue(headers.get("title")),
        outlet: headerValue(headers.get("source") ?? headers.get("outlet")),
        url: headerValue(headers.get("url")),
        published: published ? findDate(published) : null,
        body: text.slice(Math.min(offset, text.length)),
      };
    }
  }
  const guess = proposeArticleFields(text);
  return { title: guess.title, outlet: guess.outlet, url: null, published: guess.published, body: text };
}

// Page furniture is recognised by scanners over a line's code points rather than by regular
// expressions with adjacent quantifiers over the same characters ("1", 3,000 spaces, "x" took
// seconds per line with those): each scanner reads every character a bounded number of times.
// Every scanner takes a trimmed line, as split into code points by `Array.from`, since the
// patterns they replace counted code points.

// The longest line NOISE_LINE can match: its longest keyword and 80 more code points.
const NOISE_LINE_MAX = 13 + 80;
// Enough of a line for DATE_LABEL to see its longest label and the character after it.
const DATE_LABEL_WINDOW = 16;

function isSpace(ch: string): boolean {
  return WHITESPACE_CHARACTER.re.test(ch);
}

function isSpaceOrMark(ch: string): boolean {
  return WHITESPACE_CHARACTER.re.test(ch) || PUNCTUATION_OR_SYMBOL.re.test(ch);
}

function isAsciiDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function allSpaceOrMark(chars: string[], from: number): boolean {
  for (let i = from; i < chars.length; i++) if (!isSpaceOrMark(chars[i]!)) return false;
  return true;
}

/** A bare counter ("1,204", "• 3.4k views", "12 comments"): marks, a number, an optional word, marks. */
export function isCounterLine(chars: string[]): boolean {
  chargeWork(2 * chars.length + 12);
  let i = 0;
  while (i < chars.length && isSpaceOrMark(chars[i]!)) i++;
  if (i >= chars.length || !isAsciiDigit(chars[i]!)) return false;
  i++;
  while (i < chars.length && COUNT_CHARACTER.re.test(chars[i]!)) i++;
  // The counting characters end before the word (none of its letters is one), so the only
  // choice left is whether the word is there.
  const word = COUNTER_WORD.re.exec(chars.slice(i, i + 12).join(""));
  return (word !== null && allSpaceOrMark(chars, i + Array.from(word[0]).length)) || allSpaceOrMark(chars, i);
}

/** A line that starts with a count of views, reads, comments or shares ("1 234 views · 5 min"). */
export function isViewsLine(chars: string[]): boolean {
  chargeWork(3 * chars.length + 12);
  // The count is marks, then counting characters, then the word; the word starts at the first
  // character that is neither, and the count splits into the two parts if no counting-only
  // character (a digit, "k") comes before a mark-only one and the counting part is not empty.
  let end = 0;
  let firstCounting = -1;
  let lastMarkOnly = -1;
  while (end < chars.length) {
    const ch = chars[end]!;
    const isMark = isSpaceOrMark(ch);
    const isCounting = COUNT_CHARACTER.re.test(ch);
    if (!isMark && !isCounting) break;
    if (!isMark && firstCounting < 0) firstCounting = end;
    if (!isCounting) lastMarkOnly = end;
    end++;
  }
  if (end === 0) return false;
  const marksEnd = firstCounting < 0 ? end : firstCounting;
  if (lastMarkOnly + 1 > Math.min(marksEnd, end - 1)) return false;
  return VIEWS_WORD.re.test(chars.slice(end, end + 10).join(""));
}

/**
 * One part of a breadcrumb between separators: 1 to 30 word characters (letters, digits,
 * apostrophes, hyphens, spaces) with whitespace before it and after it where the separators
 * need it.
 */
function isNavigationPart(part: string[], spaceBefore: number, spaceAfter: number): boolean {
  const n = part.length;
  let leading = 0;
  while (leading < n && isSpace(part[leading]!)) leading++;
  if (leading === n) {
    // Only whitespace: one plain space of it can be the word, with the rest around it.
    for (let i = spaceBefore; i <= n - 1 - spaceAfter; i++) if (part[i] === " ") return true;
    return false;
  }
  let trailing = 0;
  while (isSpace(part[n - 1 - trailing]!)) trailing++;
  if (leading < spaceBefore || trailing < spaceAfter || n - leading - trailing > 30) return false;
  for (let i = leading; i < n - trailing; i++) if (!NAVIGATION_WORD_CHARACTER.re.test(part[i]!)) return false;
  return true;
}

/** Breadcrumbs and menus: 2 to 9 short parts joined by " / ", " > ", " » " or " › ". */
export function isNavigationLine(chars: string[]): boolean {
  chargeWork(3 * chars.length);
  const parts: string[][] = [[]];
  for (const ch of chars) {
    if (NAVIGATION_SEPARATOR.re.test(ch)) {
      if (parts.length > 8) return false;
      parts.push([]);
    } else parts[parts.length - 1]!.push(ch);
  }
  if (parts.length < 2) return false;
  return parts.every((part, i) => isNavigationPart(part, i === 0 ? 0 : 1, i === parts.length - 1 ? 0 : 1));
}

/**
 * A date line ("Published: 12.03.2026, 14:05", "2026-02-03 11.22.33"): an optional label and
 * separator, one word, then from a digit on only digits, letters, spaces and date punctuation.
 */
export function isDateLine(chars: string[]): boolean {
  chargeWork(4 * chars.length + 64);
  let tail = chars.length;
  while (tail > 0 && DATE_TAIL_CHARACTER.re.test(chars[tail - 1]!)) tail--;
  // The earliest digit that starts the tail is the best: a later one only moves more
  // characters, and so possibly whitespace, into the part before it.
  let digit = tail;
  while (digit < chars.length && !isAsciiDigit(chars[digit]!)) digit++;
  if (digit >= chars.length) return false;
  let lastSpace = -1;
  for (let i = 0; i < digit; i++) if (isSpace(chars[i]!)) lastSpace = i;
  if (lastSpace < 0) return true;
  // Everything up to the last whitespace must be the label and separator.
  const keyword = DATE_KEYWORD.re.exec(chars.slice(0, 9).join(""));
  for (const skip of keyword ? [keyword[0].length, 0] : [0]) {
    let i = skip;
    while (i <= lastSpace && isSpace(chars[i]!)) i++;
    if (i <= lastSpace && DATE_KEYWORD_SEPARATOR.re.test(chars[i]!)) i++;
    while (i <= lastSpace && isSpace(chars[i]!)) i++;
    if (i === lastSpace + 1) return true;
  }
  return false;
}

/** "City • Outlet": two parts of 1 to 40 characters around one separator; returns the second. */
export function readBylineOutlet(chars: string[]): string | null {
  chargeWork(2 * chars.length);
  let separator = -1;
  for (let i = 0; i < chars.length; i++) {
    if (!BYLINE_SEPARATOR.re.test(chars[i]!)) continue;
    if (separator >= 0) return null;
    separator = i;
  }
  if (separator < 1 || separator === chars.length - 1) return null;
  let leftEnd = separator;
  while (leftEnd > 0 && isSpace(chars[leftEnd - 1]!)) leftEnd--;
  if (leftEnd > 40) return null;
  let rightStart = separator + 1;
  let rightEnd = chars.length;
  while (rightStart < rightEnd && isSpace(chars[rightStart]!)) rightStart++;
  while (rightEnd > rightStart && isSpace(chars[rightEnd - 1]!)) rightEnd--;
  if (rightEnd - rightStart > 40) return null;
  return chars.slice(rightStart, rightEnd).join("");
}

/** "By Jane Doe": "by" and one to four capitalised names. */
export function isAuthorLine(chars: string[]): boolean {
  chargeWork(2 * chars.length);
  const words: string[][] = [];
  let current: string[] | null = null;
  for (const ch of chars) {
    if (isSpace(ch)) current = null;
    else {
      if (!current) {
        if (words.length === 5) return false;
        current = [];
        words.push(current);
      }
      current.push(ch);
    }
  }
  if (words.length < 2 || words[0]!.join("") !== "by") return false;
  return words
    .slice(1)
    .every(
      (word) =>
        word.length >= 2 &&
        UPPERCASE_LETTER.re.test(word[0]!) &&
        word.slice(1).every((ch) => NAME_CHARACTER.re.test(ch)),
    );
}

function isNoiseLine(chars: string[]): boolean {
  chargeWork(Math.min(chars.length, NOISE_LINE_MAX + 1) * 24);
  return chars.length <= NOISE_LINE_MAX && NOISE_LINE.re.test(chars.join(""));
}

function hasDateLabel(line: string): boolean {
  chargeWork(DATE_LABEL_WINDOW * 8);
  return DATE_LABEL.re.test(line.slice(0, DATE_LABEL_WINDOW));
}

function isFurnitureAnywhere(chars: string[]): boolean {
  return isCounterLine(chars) || isViewsLine(chars) || isNoiseLine(chars);
}

function wordCount(line: string): number {
  chargeWork(line.length);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line[i]!);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const PROSE_ENDING = new Set([".", "!", "?", '"', "”", "’", "»", ")"]);

function isProse(trimmedLine: string): boolean {
  return wordCount(trimmedLine) >= 10 && PROSE_ENDING.has(trimmedLine.at(-1) ?? "");
}

/**
 * For a raw page paste: guesses the title (the first headline-like line), the outlet (a
 * "City • Outlet" byline) and the date (a date line above the text), and returns the body
 * from the first paragraph of prose on, without counters, share buttons and other noise.
 * Headings inside the article ("Details", a repeated headline) stay: they are part of the
 * published body and the extractor ignores them.
 */
export function proposeArticleFields(rawPaste: string): ProposedArticleFields {
  const text = rawPaste.replace(CARRIAGE_RETURN.re, "\n");
  const lines = text.split("\n");
  let title: string | null = null;
  let outlet: string | null = null;
  let published: string | null = null;
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.replace(NO_BREAK_SPACE.re, " ").trim();
    chargeWork(2 * lines[i]!.length + 1);
    if (!trimmed) continue;
    if (isProse(trimmed)) {
      bodyStart = i;
      break;
    }
    const chars = Array.from(trimmed);
    const words = wordCount(trimmed);
    const date = findDate(trimmed);
    if (date && (isDateLine(chars) || hasDateLabel(trimmed) || words <= 6)) {
      published ??= date;
      continue;
    }
    if (isFurnitureAnywhere(chars) || isNavigationLine(chars)) continue;
    const bylineOutlet = readBylineOutlet(chars);
    if (bylineOutlet !== null && words <= 6) {
      outlet ??= bylineOutlet;
      continue;
    }
    if (isAuthorLine(chars)) continue;
    if (!title && words >= 3) {
      title = trimmed;
      continue;
    }
  }
  const kept: string[] = [];
  for (const line of lines.slice(bodyStart)) {
    const t = line.replace(NO_BREAK_SPACE.re, " ").trim();
    chargeWork(2 * line.length + 1);
    if (t && isFurnitureAnywhere(Array.from(t))) continue;
    kept.push(line);
  }
  while (kept.length && !kept[kept.length - 1]!.trim()) kept.pop();
  const body = kept.join("\n");
  return { title, outlet, published, body: body ? `${body}\n` : "" };
}
