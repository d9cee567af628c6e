/**
 * Every text path a paste reaches does work linear in the paste's length: the furniture
 * scanners, field proposal, fingerprinting and sentence splitting. Work is what the code reads
 * (lib/extraction/work-meter.ts), not wall time, so the test means the same on a busy machine.
 * The shapes are those that froze the server before (a 3 KB line of "1", spaces and "x" took
 * 9.5 s, 200 KB of commas 134 s, a 200 KB word 42 s) and generated runs of the characters the
 * old patterns tripped on.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprintArticle } from "@/lib/ingest/fingerprint";
import {
  isAuthorLine,
  isCounterLine,
  isDateLine,
  isNavigationLine,
  isViewsLine,
  parseArticleFile,
  proposeArticleFields,
  readBylineOutlet,
} from "./article";
import { LONGEST_TOKENIZED_RUN, prepareForTokenizer, splitSentences } from "./sentences";
import { readWorkMeter } from "./work-meter";

// Upper bounds on characters read per character of input. The date patterns are charged 512 per
// character of the lines above the body, which dominates; the bound is the same at 2 KB and 200 KB.
const FIELDS_WORK_PER_CHARACTER = 1200;
const SENTENCES_WORK_PER_CHARACTER = 16;
const SIZE = 200_000;

function workOf(run: () => unknown): number {
  const before = readWorkMeter();
  run();
  return readWorkMeter() - before;
}

const PATHOLOGICAL_SHAPES: Record<string, (n: number) => string> = {
  "a number, spaces, a letter": (n) => `1${" ".repeat(n - 2)}x`,
  commas: (n) => ",".repeat(n),
  "one word": (n) => "a".repeat(n),
  "full stops then a letter": (n) => `${".".repeat(n - 1)}x`,
  "a date label, spaces, a digit": (n) => `date${" ".repeat(n - 6)}1x`,
  "a header key, spaces, a carriage return": (n) => `title:${" ".repeat(n - 11)}\r\n---\nx`,
  "breadcrumb parts padded with spaces": (n) => `a${" ".repeat(30)}/`.repeat(Math.floor(n / 32)),
  "counter-like lines": (n) => "1 x\n".repeat(Math.floor(n / 4)),
  "spaced digits, then views": (n) => `${"1 ".repeat(Math.floor(n / 2) - 4)}viewsx`,
  "bylines without end": (n) => `${"Kyiv • ".repeat(Math.floor(n / 7))}`,
  "a name after by, then spaces": (n) => `by Jane${" ".repeat(n - 9)}?`,
};

describe("work on pathological pastes", () => {
  for (const [shape, make] of Object.entries(PATHOLOGICAL_SHAPES)) {
    // The work is counted, not timed; the generous timeout only keeps a loaded machine (these
    // pastes take about 4 s of wall time at a load average of 14) from failing a linear run.
    it(`is linear for ${shape}`, { timeout: 60_000 }, () => {
      for (const size of [SIZE / 100, SIZE]) {
        const paste = make(size);
        for (const textPath of [proposeArticleFields, fingerprintArticle, parseArticleFile]) {
          const work = workOf(() => textPath(paste));
          expect(work, textPath.name).toBeLessThanOrEqual(FIELDS_WORK_PER_CHARACTER * paste.length + 1000);
        }
        const sentences = workOf(() => splitSentences(paste));
        expect(sentences).toBeLessThanOrEqual(SENTENCES_WORK_PER_CHARACTER * paste.length + 1000);
      }
    });
  }
});

// Runs of the characters the old patterns backtracked on, up to some 100 KB in all.
const RUN_PIECES = [
  " ",
  "1",
  ",",
  ".",
  "a",
  "x",
  "\n",
  "\r",
  "\t",
  "/",
  " / ",
  "•",
  ":",
  "-",
  "date ",
  "views",
  "By Jo",
  "É",
  "😀",
];
const runs = fc
  .array(fc.record({ piece: fc.constantFrom(...RUN_PIECES), times: fc.integer({ min: 1, max: 4000 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.map(({ piece, times }) => piece.repeat(times)).join(""));

describe("work on generated pastes", () => {
  it("stays within the per-character bound for field proposal, fingerprint and sentences", () => {
    fc.assert(
      fc.property(runs, (paste) => {
        const fields = workOf(() => fingerprintArticle(paste));
        const sentences = workOf(() => splitSentences(paste));
        return (
          fields <= FIELDS_WORK_PER_CHARACTER * paste.length + 1000 &&
          sentences <= SENTENCES_WORK_PER_CHARACTER * paste.length + 1000
        );
      }),
      { numRuns: 60 },
    );
  });

  // In a u-mode pattern a well-formed pair is one code point, so these match only a lone half.
  const LONE_SURROGATE = /[\ud800-\udfff]/u;

  it("hands wink a copy of the body of the same length with no run longer than the cap", () => {
    fc.assert(
      fc.property(fc.oneof(runs, fc.string({ unit: "grapheme", maxLength: 300 })), (body) => {
        const copy = prepareForTokenizer(body);
        expect(copy.length).toBe(body.length);
        const longest = Math.max(0, ...copy.split(/\s/u).map((run) => run.length));
        expect(longest).toBeLessThanOrEqual(LONGEST_TOKENIZED_RUN);
        if (!LONE_SURROGATE.test(body)) expect(copy).not.toMatch(LONE_SURROGATE);
        // Runs are measured in UTF-16 units, as the tokenizer's cap is: a regular expression's
        // \S{65} with the u flag counts code points, and 40 emoji are 80 units.
        const longestInBody = Math.max(0, ...body.split(/\s/u).map((run) => run.length));
        if (longestInBody <= LONGEST_TOKENIZED_RUN) expect(copy).toBe(body);
      }),
      { numRuns: 200 },
    );
  });

  it("cuts a run of emoji by its length in UTF-16 units, never between the halves of one", () => {
    // The cap falls on a pair's second half in the first body and on its first half in the other.
    for (const body of [`a${"\u{1F600}".repeat(32)}`, `Flags ${"\u{1F1FA}\u{1F1E6}".repeat(20)} end.`]) {
      const copy = prepareForTokenizer(body);
      expect(copy).not.toBe(body);
      expect(copy.length).toBe(body.length);
      expect(copy).not.toMatch(LONE_SURROGATE);
    }
  });

  it("keeps sentence offsets exact when a long run is cut for the tokenizer", () => {
    const body = `Norway will send ${"x".repeat(500)} frigates. Poland will train pilots.\n`;
    for (const sentence of splitSentences(body)) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(body).at(-1)?.text).toBe("Poland will train pilots.");
  });
});

// The patterns the scanners replace, as the specification of what they accept: on short lines
// they are fast, and the scanners must agree with them exactly.
const OLD_COUNTER_LINE =
  /^[\s\p{P}\p{S}]*\d[\d\s.,k]*\s*(?:views?|reads?|comments?|shares?|переглядів)?[\s\p{P}\p{S}]*$/iu;
const OLD_VIEWS_LINE = /^[\s\p{P}\p{S}]*[\d\s.,k]+\s*(?:views?|reads?|comments?|shares?)\b/iu;
const OLD_NAVIGATION_LINE = /^\s*[\p{L}\p{N}'’ -]{1,30}(?:\s+[/>»›]\s+[\p{L}\p{N}'’ -]{1,30}){1,8}\s*$/u;
const OLD_DATE_LINE = /^\s*(?:date|published|updated|posted)?\s*[:\-–]?\s*\S*\d[\d\s.:/\-,a-z]*$/iu;
const OLD_BYLINE = /^\s*([^•|·—–]{1,40}?)\s*[•|·—–]\s*([^•|·—–]{1,40}?)\s*$/u;
const OLD_AUTHOR_LINE = /^\s*by\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}\s*$/u;

const LINE_PIECES = [
  "1",
  "2",
  "0",
  " ",
  "  ",
  "\t",
  "\u00a0",
  ",",
  ".",
  "k",
  "K",
  "views",
  "view",
  "reads",
  "comments",
  "shares",
  "переглядів",
  "s",
  "x",
  "a",
  "Jo",
  "Ann",
  "by",
  "date",
  "published",
  ":",
  "-",
  "–",
  "/",
  ">",
  "»",
  "›",
  "•",
  "|",
  "—",
  "'",
  "’",
  "é",
  "😀",
  "?",
];
const shortLines = fc
  .array(fc.constantFrom(...LINE_PIECES), { maxLength: 14 })
  .map((pieces) => pieces.join("").trim())
  .filter((line) => line.length > 0);
const longishLines = fc
  .array(fc.constantFrom(...LINE_PIECES, "abcdefghij", "Abcdefghij"), { maxLength: 12 })
  .map((pieces) => pieces.join("").trim())
  .filter((line) => line.length > 0);

describe("the furniture scanners accept exactly what the old patterns did", () => {
  const cases: [string, RegExp, (chars: string[]) => boolean][] = [
    ["counter lines", OLD_COUNTER_LINE, isCounterLine],
    ["view counts", OLD_VIEWS_LINE, isViewsLine],
    ["breadcrumbs", OLD_NAVIGATION_LINE, isNavigationLine],
    ["date lines", OLD_DATE_LINE, isDateLine],
    ["author lines", OLD_AUTHOR_LINE, isAuthorLine],
  ];
  for (const [name, pattern, scanner] of cases) {
    it(name, () => {
      fc.assert(
        fc.property(fc.oneof(shortLines, longishLines), (line) => {
          expect(scanner(Array.from(line)), JSON.stringify(line)).toBe(pattern.test(line));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("bylines, with the same outlet", () => {
    fc.assert(
      fc.property(fc.oneof(shortLines, longishLines), (line) => {
        const old = OLD_BYLINE.exec(line);
        expect(readBylineOutlet(Array.from(line)), JSON.stringify(line)).toBe(old ? old[2]! : null);
      }),
      { numRuns: 3000 },
    );
  });

  it("on the lines of the project's own fixtures", () => {
    const lines = [
      "Home / World / Europe",
      "News > Politics",
      "Start » Ukraine » Security",
      "Warsaw • Daily Example",
      "• 1,204 views",
      "1 234 views · 5 min read",
      "12 comments",
      "date 2026-02-03 11.22.33",
      "Published: 12.03.2026, 14:05",
      "By Jane Doe",
      "by Ann-Marie O’Neil Smith",
      "Rome rules out troops, backs monitoring and air/sea patrols",
    ];
    for (const line of lines) {
      const chars = Array.from(line);
      expect(isCounterLine(chars), line).toBe(OLD_COUNTER_LINE.test(line));
      expect(isViewsLine(chars), line).toBe(OLD_VIEWS_LINE.test(line));
      expect(isNavigationLine(chars), line).toBe(OLD_NAVIGATION_LINE.test(line));
      expect(isDateLine(chars), line).toBe(OLD_DATE_LINE.test(line));
      expect(isAuthorLine(chars), line).toBe(OLD_AUTHOR_LINE.test(line));
      expect(readBylineOutlet(chars), line).toBe(OLD_BYLINE.exec(line)?.[2] ?? null);
    }
  });
});
