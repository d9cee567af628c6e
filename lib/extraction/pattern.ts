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
 * A pattern source with each literal space (outside a character class) read as one or two
 * spaces: a blanked bracket keeps offsets ("decided [to send troops]" is read as "decided  to
 * send troops "), so a phrase may be split by two spaces; not more, so that no phrase bridges
 * a word the masking or a cue blanked ("is [considering] sending" is no "is sending"). A space
 * a quantifier follows: " ?" becomes " {0,2}", " *", " +" and " {m,n}" stay.
 */
export function spaceRuns(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      continue;
    }
    if (c !== " ") {
      out += c;
      continue;
    }
    while (source[i + 1] === " ") i++;
    const next = source[i + 1];
    if (next === "?") {
      out += " {0,2}";
      i++;
    } else if (next === "*" || next === "+" || next === "{") out += " ";
    else out += " {1,2}";
  }
  return out;
}

/** Compiles a pattern source case-insensitive and global, a literal space as a run of spaces (`spaceRuns`); without the u flag V8 scans ASCII patterns much faster, so only \p{} classes get it. */
export const compilePattern = (source: string) => new RegExp(spaceRuns(source), /\\p\{/.test(source) ? "giu" : "gi");
