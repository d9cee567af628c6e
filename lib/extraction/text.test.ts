import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WORD } from "./rules/text/word";
import { lineBreakFrom, lineStartOf, wordCount } from "./text";

const byRegex = (text: string) => (text.match(WORD.re) ?? []).length;

describe("wordCount", () => {
  it("counts the runs of letters and digits, as the regex of a word does", () => {
    for (const text of [
      "",
      "a",
      "  Hello,   world!  ",
      "don’t “stop” — now…",
      "naïve café",
      "3.5 billion-euro",
      "A-B_C",
    ])
      expect(wordCount(text), text).toBe(byRegex(text));
  });

  it("agrees with the regex on every character between two letters", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b c`;
      if (wordCount(text) !== byRegex(text)) expect(wordCount(text), `U+${code.toString(16)}`).toBe(byRegex(text));
    }
  });
});

describe("the line index (lineStartOf, lineBreakFrom)", () => {
  const bodies = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", ".", "é"), maxLength: 60 });

  it("finds what lastIndexOf and indexOf find, at every position of any body", () => {
    fc.assert(
      fc.property(bodies, bodies, (first, second) => {
        // Two bodies in turn: the index is of the last body asked about and must follow a change.
        for (const body of [first, second, first]) {
          for (let at = 0; at <= body.length; at++) {
            expect(lineStartOf(body, at)).toBe(body.lastIndexOf("\n", at - 1) + 1);
            expect(lineBreakFrom(body, at)).toBe(body.indexOf("\n", at));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
