import { describe, expect, it } from "vitest";
import { isWhitespaceCode, splitSentences } from "./sentences";

function texts(body: string): string[] {
  return splitSentences(body).map((s) => s.text);
}

describe("splitSentences", () => {
  it("does not split after abbreviations", () => {
    expect(texts("The U.S. will help, said Gen. Smith on Feb. 26. Then he left.")).toEqual([
      "The U.S. will help, said Gen. Smith on Feb. 26.",
      "Then he left.",
    ]);
  });

  it("splits at sentence ends, including inside a quotation", () => {
    expect(texts('"We will go. But not now," he said. Then he left.')).toEqual([
      '"We will go.',
      'But not now," he said.',
      "Then he left.",
    ]);
  });

  it("ends a sentence at a line break: headings and bylines stand alone", () => {
    expect(texts("Details\nItaly will help.\nKyiv \u2022 UNN\n")).toEqual([
      "Details",
      "Italy will help.",
      "Kyiv \u2022 UNN",
    ]);
  });

  it("leaves list markers out of the sentence", () => {
    expect(texts("Points\n  \u2022 Belgium will send troops.\n  - Spain will not.\n1. Italy may.")).toEqual([
      "Points",
      "Belgium will send troops.",
      "Spain will not.",
      "Italy may.",
    ]);
  });

  it("gives offsets into the body as passed in, whatever the whitespace", () => {
    const body =
      "  Kyiv,\u00a07 January.\r\n\r\n\u201cWe are ready,\u201d\tsaid Macron.  \n\n\u2022 Britain will help too.\n";
    const sentences = splitSentences(body);
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]!.text).toBe("Britain will help too.");
  });

  it("takes a line with no sentence end before its last word as one sentence, between lines wink reads", () => {
    const body =
      'Security talks\nThe U.S. will help. Then Gen. Smith left.\n"Britain is ready," Starmer said\nSpain will wait. Italy too.\nKyiv, 7 March!\n';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual([
      "Security talks",
      "The U.S. will help.",
      "Then Gen. Smith left.",
      '"Britain is ready," Starmer said',
      "Spain will wait.",
      "Italy too.",
      "Kyiv, 7 March!",
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns nothing for an empty or blank body", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n ")).toEqual([]);
  });
});

describe("isWhitespaceCode", () => {
  it("agrees with /\\s/u on every UTF-16 code unit", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });

  it("agrees with what String.prototype.trim removes (furniture finds trimmed line bounds with it)", () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== (String.fromCharCode(code).trim() === "")) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
