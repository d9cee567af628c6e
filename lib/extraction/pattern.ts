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

/** Compiles a pattern source case-insensitive and global; without the u flag V8 scans ASCII patterns much faster, so only \p{} classes get it. */
export const compilePattern = (source: string) => new RegExp(source, /\\p\{/.test(source) ? "giu" : "gi");
