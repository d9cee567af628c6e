import { describe, expect, it } from "vitest";
import { WORD } from "./rules/text/word";
import { wordCount } from "./text";

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
