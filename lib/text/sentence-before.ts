/** How far back the sentence before a quote is looked for, and the most of it shown. */
const WINDOW_CHARS = 1200;
const MAX_CHARS = 500;

// The end of a sentence (its mark, any closing quotation mark or bracket, then space) or a paragraph break.
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+(?=\S)|\n\s*\n/g;

/**
 * The sentence of `body` just before the one starting at `start`: the context a quote needs
 * when it does not name what it is about ("not ruling anything out"). Null at the start of
 * the article. A very long one is cut at its start, marked with an ellipsis.
 */
export function sentenceBefore(body: string, start: number): string | null {
  const from = Math.max(0, start - WINDOW_CHARS);
  const before = body.slice(from, Math.max(0, start)).trimEnd();
  if (!before.trim()) return null;
  let sentenceStart = 0;
  for (const match of before.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end < before.length) sentenceStart = end;
  }
  const sentence = before.slice(sentenceStart).trim();
  const isCut = sentence.length > MAX_CHARS || (sentenceStart === 0 && from > 0);
  return isCut ? `…${sentence.slice(-MAX_CHARS).trimStart()}` : sentence;
}
