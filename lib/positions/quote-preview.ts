/** Quotes in a matrix cell's preview card are cut here; the evidence page has them whole. */
export const QUOTE_PREVIEW_CHARS = 220;

export function quotePreview(sentence: string): string {
  return sentence.length > QUOTE_PREVIEW_CHARS ? `${sentence.slice(0, QUOTE_PREVIEW_CHARS - 1).trimEnd()}…` : sentence;
}
