/**
 * The review page shows a long article a part at a time (`?part=3`), so that its size grows
 * with the sentences it shows, not with the paste: a 200 KB paste of one-word sentences was
 * 7.4 MB of HTML. A garbled or out-of-range part falls back to the part that holds the first
 * undecided proposal (or the first part).
 */
export const REVIEW_SENTENCES_PER_PART = 200;

type SearchParams = Record<string, string | string[] | undefined>;

interface Span {
  start: number;
  end: number;
}

export interface ReviewPart<T extends Span> {
  /** 1-based. */
  part: number;
  partCount: number;
  /** The index of the part's first sentence among all of the article's. */
  firstIndex: number;
  sentences: T[];
  /** The stretch of the body the part shows: its sentences and the text between them. */
  textStart: number;
  textEnd: number;
}

/** The part asked for in the URL, or null when none (or a garbled one) is. */
export function parseReviewPart(params: SearchParams): number | null {
  const value = Array.isArray(params.part) ? params.part[0] : params.part;
  return value && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null;
}

/**
 * The part to show: the one asked for when it exists, else the one holding `focus` (the first
 * undecided proposal's evidence), else the first.
 */
export function selectReviewPart<T extends Span>(
  sentences: T[],
  bodyLength: number,
  asked: number | null,
  focus: Span | null,
): ReviewPart<T> {
  const partCount = Math.max(1, Math.ceil(sentences.length / REVIEW_SENTENCES_PER_PART));
  let part = asked !== null && asked <= partCount ? asked : 1;
  if (asked === null && focus) {
    const index = sentences.findIndex((sentence) => sentence.start < focus.end && focus.start < sentence.end);
    if (index >= 0) part = Math.floor(index / REVIEW_SENTENCES_PER_PART) + 1;
  }
  const firstIndex = (part - 1) * REVIEW_SENTENCES_PER_PART;
  const shown = sentences.slice(firstIndex, firstIndex + REVIEW_SENTENCES_PER_PART);
  const next = sentences[firstIndex + REVIEW_SENTENCES_PER_PART];
  return {
    part,
    partCount,
    firstIndex,
    sentences: shown,
    textStart: part === 1 ? 0 : (shown[0]?.start ?? 0),
    textEnd: next ? next.start : bodyLength,
  };
}

/** The link to another part of a draft's review. */
export function reviewPartHref(draftId: string, part: number): string {
  return `/ingest/${encodeURIComponent(draftId)}?part=${part}`;
}
