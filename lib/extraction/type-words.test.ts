import { describe, expect, it } from "vitest";
import { allMatches } from "./text";
import { TYPE_WORD_FAMILIES } from "./type-words";

describe("type words: each family finds its examples and none of its counter-examples", () => {
  for (const family of TYPE_WORD_FAMILIES) {
    it(`${family.type}: ${family.phenomenon}`, () => {
      for (const example of family.examples) expect(allMatches(family.re, example), example).not.toHaveLength(0);
      for (const counter of family.counterExamples) expect(allMatches(family.re, counter), counter).toHaveLength(0);
    });
  }
});
