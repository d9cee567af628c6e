import { describe, expect, it } from "vitest";
import { ANY_TYPE_STEM, ANY_TYPE_STEM_KEYS, TYPE_KEYS } from "./lexicon";
import { factorWordBoundaries, literalFragments, topLevelAlternatives } from "./pattern";
import { STANCE_PATTERNS } from "./lexicon/stances";
import { CONDITION_PATTERNS } from "./lexicon/conditions";
import { REGISTERED_PATTERNS } from "./registry";
import { SAMPLE_SENTENCES } from "./sample-sentences";
import { HintGate, SubstringSet } from "./text";

/** Every match of a global pattern in `text`: where, what and each group, for comparing two patterns. */
function matchesOf(scan: RegExp, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(scan)) out.push(`${m.index}:${JSON.stringify([...m])}`);
  return out;
}

describe("factorWordBoundaries", () => {
  it("splits a source at its top-level bars only", () => {
    expect(topLevelAlternatives(String.raw`\ba|b(?:c|d)|[|]|e\|f`)).toEqual([
      String.raw`\ba`,
      "b(?:c|d)",
      "[|]",
      String.raw`e\|f`,
    ]);
    expect(topLevelAlternatives(String.raw`[\]|]x|y`)).toEqual([String.raw`[\]|]x`, "y"]);
  });

  it("tests one word boundary before each run of alternatives that open with one", () => {
    expect(factorWordBoundaries(String.raw`\bwill\b|['’]ll\b|\bshall\b|\bplan to\b`)).toBe(
      String.raw`\bwill\b|['’]ll\b|\b(?:shall\b|plan to\b)`,
    );
    expect(factorWordBoundaries(String.raw`\ba|\bb(?:x|\by)|c`)).toBe(String.raw`\b(?:a|b(?:x|\by))|c`);
    expect(factorWordBoundaries(String.raw`\bonly\b`)).toBe(String.raw`\bonly\b`);
    // An escaped backslash before "b" is no word boundary.
    expect(factorWordBoundaries(String.raw`\\b|\\bc`)).toBe(String.raw`\\b|\\bc`);
  });

  it("leaves every registered pattern matching the same text with the same groups", () => {
    // A compiled pattern's source is factored already: spelt out again (each alternative of a
    // leading `\b(?:...)` with its own `\b`), it must factor back to itself and match alike.
    let spelt = 0;
    for (const p of REGISTERED_PATTERNS) {
      const source = spellOut(p.re.source);
      if (source === p.re.source) continue;
      spelt++;
      expect(factorWordBoundaries(source), p.id).toBe(p.re.source);
      const flags = p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`;
      const factored = new RegExp(p.re.source, flags);
      const plain = new RegExp(source, flags);
      for (const text of [...p.examples, ...p.counterExamples, ...SAMPLE_SENTENCES])
        expect(matchesOf(factored, text), `${p.id}: ${text}`).toEqual(matchesOf(plain, text));
    }
    expect(spelt).toBeGreaterThan(20);
  });
});

/** The index of the parenthesis closing the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** `\b(?:A|B)|C` as `\bA|\bB|C`: what factorWordBoundaries folds. */
function spellOut(source: string): string {
  return topLevelAlternatives(source)
    .flatMap((a) =>
      a.startsWith("\\b(?:") && closingParen(a, 2) === a.length - 1
        ? topLevelAlternatives(a.slice(5, -1)).map((inner) => `\\b${inner}`)
        : [a],
    )
    .join("|");
}

describe("SubstringSet", () => {
  const found = (set: SubstringSet, text: string) =>
    [...set.find(text)].flatMap((flag, id) => (flag ? [set.keys[id]!] : []));

  it("finds every key that occurs, overlapping and nested ones too", () => {
    const set = new SubstringSet(["he", "she", "his", "hers", "€", "f-16"]);
    expect(found(set, "ushers")).toEqual(["he", "she", "hers"]);
    expect(found(set, "this f-16 costs €5")).toEqual(["his", "€", "f-16"]);
    expect(found(set, "nothing here")).toEqual(["he"]);
    expect(found(set, "")).toEqual([]);
  });

  it("finds in a sentence exactly the commitment keys a case-insensitive search finds", () => {
    for (const sentence of [...SAMPLE_SENTENCES, ...SAMPLE_SENTENCES.map((x) => x.toUpperCase())]) {
      const lower = sentence.toLowerCase();
      expect(found(TYPE_KEYS, sentence), sentence).toEqual(TYPE_KEYS.keys.filter((k) => lower.includes(k)));
      expect(ANY_TYPE_STEM_KEYS.occursIn(sentence), sentence).toBe(ANY_TYPE_STEM.test(sentence));
    }
  });

  it("matches an ASCII letter in either case and any other character only itself, as the i flag does", () => {
    const set = new SubstringSet(["tank", "é"]);
    expect(found(set, "TANKS")).toEqual(["tank"]);
    // The Kelvin sign lower-cases to "k", but the i flag without u does not match it to "k".
    expect(found(set, "TAN\u212a")).toEqual([]);
    expect(/tank/i.test("TAN\u212a")).toBe(false);
    expect(found(set, "É")).toEqual([]);
    expect(() => new SubstringSet(["Tank"])).toThrow();
  });
});

describe("literalFragments", () => {
  it("takes each alternative's longest literal run without a space, lower-cased", () => {
    expect(literalFragments("reluctan|Unwilling|in the way")).toEqual(["reluctan", "unwilling", "the"]);
    expect(literalFragments(String.raw`\b(?:end|halt|cut off)\b`)).toEqual(["end", "halt", "cut"]);
    // An optional character ends the run before it; an escape or a group ends it where it starts.
    expect(literalFragments(String.raw`in favou?r|under\s?way|on (?:its|their) way|s only (?:if|once)`)).toEqual([
      "favo",
      "under",
      "on",
      "only",
    ]);
  });

  it("gives no runs where an alternative has none, or a letter with another case outside ASCII", () => {
    expect(literalFragments(String.raw`\d|day\b`)).toBeNull();
    expect(literalFragments(String.raw`(?:offer|pledge)s?\b`)).toBeNull();
    expect(literalFragments("a|bc")).toBeNull();
    expect(literalFragments("décidé|agreed")).toBeNull();
    expect(literalFragments("’s plan|agreed")).toEqual(["plan", "agreed"]);
  });

  it("a text that passes a stance or condition hint holds one of its runs", () => {
    const texts = [...SAMPLE_SENTENCES, ...REGISTERED_PATTERNS.flatMap((p) => [...p.examples, ...p.counterExamples])];
    let checked = 0;
    for (const p of [...STANCE_PATTERNS, ...CONDITION_PATTERNS]) {
      const runs = p.hint && literalFragments(p.hint.source);
      if (!runs) continue;
      for (const text of [...texts, ...texts.map((t) => t.toUpperCase())]) {
        if (!p.hint!.test(text)) continue;
        checked++;
        const lower = text.toLowerCase();
        expect(
          runs.some((run) => lower.includes(run)),
          `${p.id}: ${text}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("HintGate", () => {
  it("lets through the hints one of whose runs occur, and every hint without runs", () => {
    const gate = new HintGate([/reluctan|unwilling/i, undefined, /\d|day\b/i, /in the way/i]);
    const found = gate.search("We are UNWILLING to stand");
    expect([0, 1, 2, 3].map((i) => gate.mayPass(found, i))).toEqual([true, true, true, false]);
    expect(gate.mayPass(gate.search("no such words"), 0)).toBe(false);
    expect(() => new HintGate([/way/gi])).toThrow();
  });
});
