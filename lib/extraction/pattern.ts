/**
 * What every pattern of the rule stages is: an id, the phenomenon it stands for, and phrases
 * that show it. The lexicon families (`lexicon/`) and the stage rules (`rules/`) are built from
 * it; `registry.ts` lists them all and `registry.test.ts` runs every example through its pattern.
 */
export interface RegisteredPattern {
  /**
   * Unique across the registry: "<where>/<phenomenon>", lower-case words joined by "-"; <where> is
   * the lexicon family ("troops", "stance-word", "frame", ...) or the stage whose rule it is
   * ("speaker", "subjects", ...), so the id says where to find it.
   */
  id: string;
  /** The phenomenon the pattern stands for, shown to editors and in test names. */
  phenomenon: string;
  re: RegExp;
  /** Phrases the pattern must match (written for the project, never corpus text). */
  examples: readonly string[];
  /** Phrases it must not match anywhere. */
  counterExamples: readonly string[];
  /** A cheap test the stage runs first: the pattern is tried only where it passes, so it must pass on every example. */
  hint?: RegExp;
}

/**
 * Compiles a pattern source case-insensitive and global; without the u flag V8 scans ASCII
 * patterns much faster, so only \p{} classes get it. The alternatives' word boundaries are
 * tested once for each run of them (`factorWordBoundaries`): the same pattern, scanned faster.
 */
export const compilePattern = (source: string) =>
  new RegExp(factorWordBoundaries(source), /\\p\{/.test(source) ? "giu" : "gi");

/**
 * The characters of a pattern source that shape it (outside escapes and character classes), each
 * with its index and the group depth it stands at: a `(` at the depth it opens from, a `)` at the
 * depth it returns to.
 */
function* structuralCharacters(source: string): Generator<[character: string, index: number, depth: number]> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else {
      if (c === ")") depth--;
      yield [c, i, depth];
      if (c === "(") depth++;
    }
  }
}

/** The top-level alternatives of a pattern source: split at each `|` outside groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const [c, i, depth] of structuralCharacters(source)) {
    if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * `\bA|\bB|C|\bD|\bE` as `\b(?:A|B)|C|\b(?:D|E)`. A word boundary takes no characters, so
 * testing it once before a run of alternatives is testing it before each of them, in the same
 * order: the pattern matches the same text with the same groups. V8 scans the factored form
 * about twice as fast (it can skip to the letters the alternatives start with), and the
 * lexicon's cues are long lists of `\bword` alternatives run over every sentence.
 */
export function factorWordBoundaries(source: string): string {
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length < 2) return source;
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) out.push(`\\b(?:${run.join("|")})`);
    else if (run.length === 1) out.push(`\\b${run[0]}`);
    run = [];
  };
  for (const alternative of alternatives) {
    if (alternative.startsWith("\\b")) run.push(alternative.slice(2));
    else {
      flush();
      out.push(alternative);
    }
  }
  flush();
  return out.join("|");
}

/** Characters with a meaning in a pattern source: a literal prefix stops before the first of them. */
const SYNTAX = new Set(["\\", "(", ")", "[", "]", "{", "}", ".", "*", "+", "?", "|", "^", "$"]);

/**
 * For a hint that is an alternation of words ("reluctan|unwilling|in the way", or one group of
 * them between word boundaries): for each alternative, a run of literal characters without a
 * space that every match of it holds (the longest of its literal prefix), lower-cased. Null when
 * some alternative opens with a group, a class or an escape, or its run is shorter than two
 * characters, or holds a letter with another case outside ASCII. A text that holds none of the
 * runs cannot match the hint, nor can the text with any stretch of it blanked (a blank is a space).
 */
export function literalFragments(source: string): string[] | null {
  let s = source.split("\\b").join("");
  if (s.startsWith("(?:") && s.endsWith(")")) {
    // Only a group that spans the whole source is unwrapped.
    let spans = true;
    for (const [c, i, depth] of structuralCharacters(s))
      if (c === ")" && depth === 0 && i < s.length - 1) spans = false;
    if (spans) s = s.slice(3, -1);
  }
  const fragments: string[] = [];
  for (const alternative of topLevelAlternatives(s)) {
    let end = 0;
    while (end < alternative.length && !SYNTAX.has(alternative[end]!)) end++;
    // A quantifier that may take nothing applies to the character before it.
    const next = alternative[end];
    if (next === "?" || next === "*" || next === "{") end--;
    const runs = alternative.slice(0, Math.max(0, end)).split(" ");
    const run = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
    if (run.length < 2) return null;
    for (const c of run) if (c.charCodeAt(0) >= 128 && c.toLowerCase() !== c.toUpperCase()) return null;
    fragments.push(run.toLowerCase());
  }
  return fragments;
}
