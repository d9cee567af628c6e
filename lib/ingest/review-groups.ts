/**
 * The proposals that share a sentence or a paragraph with one of them. The engine's errors
 * come in such groups (a background paragraph dated with the article's day, a speaker named
 * for statements unnamed officials made), so the review can fix a group with one edit.
 */
import type { DraftPosition } from "./draft-position";

export type ReviewGroupScope = "sentence" | "paragraph";

type Span = Pick<DraftPosition, "start" | "end">;

// A paragraph ends at a blank line.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

/** The [start, end) of the paragraph of `body` that holds `offset`. */
export function paragraphAround(body: string, offset: number): { start: number; end: number } {
  let start = 0;
  for (const match of body.matchAll(PARAGRAPH_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (match.index >= offset) return { start, end: match.index };
    start = breakEnd;
  }
  return { start, end: body.length };
}

/** The other positions of `positions` in the same sentence (overlapping evidence) or paragraph as `target`. */
export function othersInGroup<P extends Span & { id: string }>(
  positions: readonly P[],
  target: Span & { id: string },
  scope: ReviewGroupScope,
  body: string,
): P[] {
  if (scope === "sentence") {
    return positions.filter((p) => p.id !== target.id && p.start < target.end && target.start < p.end);
  }
  const paragraph = paragraphAround(body, target.start);
  return positions.filter((p) => p.id !== target.id && p.start >= paragraph.start && p.start < paragraph.end);
}

/** The speaker the review offers for a statement that names nobody: the officials of the country. */
export const UNNAMED_OFFICIALS = "unnamed officials";
