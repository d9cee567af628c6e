import { describe, expect, it } from "vitest";
import { ANAPHOR_RE, ANY_TYPE_STEM, CONDITION_PATTERNS, STANCE_PATTERNS, TYPE_PATTERNS } from "./lexicon";
import { SAMPLE_SENTENCES } from "./sample-sentences";

// Every pattern's own examples: phrases written for the project, never corpus text.
const PHRASES = TYPE_PATTERNS.flatMap((p) => p.examples);

describe("each commitment pattern, on its examples and counter-examples", () => {
  for (const p of TYPE_PATTERNS) {
    it(`${p.type}: ${p.phenomenon}`, () => {
      expect(p.examples.length, "examples").toBeGreaterThan(0);
      expect(p.counterExamples.length, "counter-examples").toBeGreaterThan(0);
      for (const example of p.examples) {
        p.re.lastIndex = 0;
        expect(p.re.test(example), example).toBe(true);
      }
      for (const counter of p.counterExamples) {
        p.re.lastIndex = 0;
        const m = p.re.exec(counter);
        // A counter-example may contain a match of a sibling word; it must not be matched as a whole cue.
        expect(m?.[0] ?? null, counter).toBeNull();
      }
    });
  }
});

describe("each stance pattern, on its examples and counter-examples", () => {
  for (const p of STANCE_PATTERNS) {
    it(`${p.cue}: ${p.phenomenon}`, () => {
      expect(p.examples.length).toBeGreaterThan(0);
      expect(p.counterExamples.length).toBeGreaterThan(0);
      for (const example of p.examples) {
        p.re.lastIndex = 0;
        expect(p.re.test(example), example).toBe(true);
        if (p.hint) expect(p.hint.test(example), `hint: ${example}`).toBe(true);
      }
      for (const counter of p.counterExamples) {
        p.re.lastIndex = 0;
        expect(p.re.exec(counter)?.[0] ?? null, counter).toBeNull();
      }
    });
  }
});

describe("each condition pattern, on its examples and counter-examples", () => {
  for (const p of CONDITION_PATTERNS) {
    it(p.phenomenon, () => {
      for (const example of p.examples) {
        p.re.lastIndex = 0;
        expect(p.re.test(example), example).toBe(true);
        expect(p.hint.test(example), `hint: ${example}`).toBe(true);
      }
      for (const counter of p.counterExamples) {
        p.re.lastIndex = 0;
        expect(p.re.exec(counter)?.[0] ?? null, counter).toBeNull();
      }
    });
  }
});

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

  it("has lower-case keys (findTypeHits looks for them in the lower-cased sentence)", () => {
    for (const p of TYPE_PATTERNS) for (const k of p.keys) expect(k, p.phenomenon).toBe(k.toLowerCase());
  });

  it("lets a sentence without any cue through the stem test rarely", () => {
    expect(ANY_TYPE_STEM.test("Prices rose on Wednesday.")).toBe(false);
  });
});
