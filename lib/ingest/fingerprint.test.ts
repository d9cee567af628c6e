import { describe, expect, it } from "vitest";
import { fingerprintArticle, fingerprintArticleBody } from "./fingerprint";

describe("fingerprintArticleBody", () => {
  const body = "Rome will not send troops, Meloni said. \u201CWe support monitoring,\u201D she added.";

  it("ignores whitespace, quote style, dashes and case", () => {
    const variant = '  rome will not send troops,\u00A0Meloni said.\n\n"We support monitoring," she added. ';
    expect(fingerprintArticleBody(variant)).toBe(fingerprintArticleBody(body));
  });

  it("tells different texts apart", () => {
    expect(fingerprintArticleBody(body.replace("not ", ""))).not.toBe(fingerprintArticleBody(body));
  });
});

describe("fingerprintArticle", () => {
  const article =
    "Norway will send two frigates to the Black Sea once a ceasefire holds, the defence minister said on Monday.\n\nThe ships would help clear mines near Odesa.\n";

  it("recognises a raw page paste with furniture as the clean article", () => {
    const raw = `Oslo pledges frigates for the Black Sea\n12:40, 07.01.2026\n1 234 views\nShare\n\n${article}`;
    expect(fingerprintArticle(raw)).toBe(fingerprintArticle(article));
  });

  it("still tells two different articles apart", () => {
    expect(fingerprintArticle(article.replace("two", "three"))).not.toBe(fingerprintArticle(article));
  });

  it("fingerprints a short text with no prose paragraph by its whole text", () => {
    expect(fingerprintArticle("Short note")).not.toBe(fingerprintArticle("Other note"));
    expect(fingerprintArticle("  short NOTE\n")).toBe(fingerprintArticle("Short note"));
  });
});
