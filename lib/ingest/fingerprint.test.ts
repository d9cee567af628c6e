import { describe, expect, it } from "vitest";
import { fingerprintArticleBody } from "./fingerprint";

describe("fingerprintArticleBody", () => {
  const body = "Rome will not send troops, Meloni said. \u201CWe support monitoring,\u201D she added.";

  it("ignores whitespace, quote style, dashes and case", () => {
    const variant = "  rome will not send troops,\u00A0Meloni said.\n\n\"We support monitoring,\" she added. ";
    expect(fingerprintArticleBody(variant)).toBe(fingerprintArticleBody(body));
  });

  it("tells different texts apart", () => {
    expect(fingerprintArticleBody(body.replace("not ", ""))).not.toBe(fingerprintArticleBody(body));
  });
});
