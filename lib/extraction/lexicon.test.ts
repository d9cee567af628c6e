import { describe, expect, it } from "vitest";
import { ANAPHOR_KEYS, ANAPHOR_RE, ANY_TYPE_STEM, REGISTERED_COMMITMENT_TYPES, TYPE_PATTERNS } from "./lexicon";
import { SAMPLE_SENTENCES } from "./sample-sentences";

// Every pattern's own examples (registry.test.ts runs them through their patterns): phrases
// written for the project, never corpus text.
const PHRASES = TYPE_PATTERNS.flatMap((p) => p.examples);

describe("the commitment lexicon", () => {
  it("never skips a sentence that holds a commitment cue (the quick stem test is a superset)", () => {
    const texts = [...PHRASES, ...SAMPLE_SENTENCES];
    for (const text of texts) {
      for (const p of [...TYPE_PATTERNS.map((t) => t.re), ANAPHOR_RE]) {
        p.lastIndex = 0;
        const m = p.exec(text);
        if (m) expect(ANY_TYPE_STEM.test(m[0]), `${m[0]} (${p.source.slice(0, 40)})`).toBe(true);
      }
    }
  });

  it("tries every pattern whenever it could match (its keys are in everything it matches)", () => {
    for (const phrase of [...PHRASES, ...SAMPLE_SENTENCES]) {
      for (const p of TYPE_PATTERNS) {
        p.re.lastIndex = 0;
        const m = p.re.exec(phrase);
        if (m)
          expect(
            p.keys.some((k) => m[0].toLowerCase().includes(k)),
            `${m[0]} lacks ${p.keys.join("|")}`,
          ).toBe(true);
      }
    }
  });

  it("tries the anaphors whenever they could match (a text they match holds one of ANAPHOR_KEYS)", () => {
    const anaphor = REGISTERED_COMMITMENT_TYPES.find((p) => p.re === ANAPHOR_RE)!;
    for (const text of [...anaphor.examples, ...PHRASES, ...SAMPLE_SENTENCES]) {
      ANAPHOR_RE.lastIndex = 0;
      if (ANAPHOR_RE.test(text)) expect(ANAPHOR_KEYS.occursIn(text), text).toBe(true);
    }
    ANAPHOR_RE.lastIndex = 0;
    expect(ANAPHOR_KEYS.occursIn("Prices rose on Wednesday.")).toBe(false);
  });

  it("has lower-case keys (TYPE_KEYS reads their letters in either case)", () => {
    for (const p of TYPE_PATTERNS) for (const k of p.keys) expect(k, p.phenomenon).toBe(k.toLowerCase());
  });

  it("lets a sentence without any cue through the stem test rarely", () => {
    expect(ANY_TYPE_STEM.test("Prices rose on Wednesday.")).toBe(false);
  });
});
