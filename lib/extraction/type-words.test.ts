import { describe, expect, it } from "vitest";
import { allMatches } from "./text";
import { REGISTERED_PATTERNS } from "./registry";
import { SAMPLE_SENTENCES } from "./sample-sentences";
import { TYPE_WORD_FAMILIES, TYPE_WORD_FAMILY_KEYS, TYPE_WORD_KEYS } from "./type-words";

describe("type words: each family finds its examples and none of its counter-examples", () => {
  for (const family of TYPE_WORD_FAMILIES) {
    it(`${family.type}: ${family.phenomenon}`, () => {
      for (const example of family.examples) expect(allMatches(family.re, example), example).not.toHaveLength(0);
      for (const counter of family.counterExamples) expect(allMatches(family.re, counter), counter).toHaveLength(0);
    });
  }
});

describe("type words: the keys each family is tried behind", () => {
  it("are lower-case, and every match of a family holds one of its keys", () => {
    const texts = [
      ...SAMPLE_SENTENCES,
      ...TYPE_WORD_FAMILIES.flatMap((f) => [...f.examples, ...f.counterExamples]),
      ...REGISTERED_PATTERNS.flatMap((p) => p.examples),
    ];
    for (const family of TYPE_WORD_FAMILIES) {
      for (const k of family.keys) expect(k, family.type).toBe(k.toLowerCase());
      for (const text of texts)
        for (const m of allMatches(family.re, text))
          expect(
            family.keys.some((k) => m[0].toLowerCase().includes(k)),
            `${family.type}: ${m[0]} lacks ${family.keys.join("|")}`,
          ).toBe(true);
    }
  });

  it("are found by TYPE_WORD_KEYS under the ids of their family", () => {
    TYPE_WORD_FAMILIES.forEach((family, f) =>
      expect(TYPE_WORD_FAMILY_KEYS[f]!.map((id) => TYPE_WORD_KEYS.keys[id])).toEqual(family.keys),
    );
  });
});
