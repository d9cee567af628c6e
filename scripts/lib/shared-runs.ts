/**
 * Finds runs of consecutive words that a file shares with a reference text: the check that no
 * tracked file carries a clause of a corpus article (the house rule: never copy corpus text).
 */

/** Lower-case words, punctuation and quote styles ignored, so re-punctuated copies still match. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/gu, ""))
    .filter(Boolean);
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function runsOf(text: string, n: number): Set<string> {
  const words = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(" "));
  return out;
}

/** The runs of `n` words of `text` that also occur in the reference set. */
export function sharedRuns(text: string, reference: ReadonlySet<string>, n: number): string[] {
  const words = wordsOf(text);
  const found: string[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(" ");
    if (reference.has(run)) found.push(run);
  }
  return found;
}
