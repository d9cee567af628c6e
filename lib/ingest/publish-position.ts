import type { CommitmentType, ReviewState, Stance } from "@/lib/domain/taxonomy";

/** One commitment as publishArticle writes it: who, what, which stance, and the quoted sentence. */
export interface PublishPosition {
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  condition: string | null;
  /** The speaker as named in the text; linked to the gazetteer when a name or alias matches. */
  speaker: string | null;
  start: number;
  end: number;
  statedOn: Date;
  confidence: number | null;
  cues: string[];
  reviewState: ReviewState;
}

/** What a caller knows about a position; the rest has one default, set here. */
export interface PositionFields {
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  condition?: string | null;
  speaker?: string | null;
  start: number;
  end: number;
  statedOn: Date;
  confidence?: number | null;
  cues?: string[];
  reviewState?: ReviewState;
}

/**
 * Builds a PublishPosition, the one place that fills its defaults. A condition is kept only
 * with the conditional stance: that is what it qualifies, and a correction drops it the same way.
 */
export function toPublishPosition(fields: PositionFields): PublishPosition {
  return {
    country: fields.country,
    commitment: fields.commitment,
    stance: fields.stance,
    condition: fields.stance === "conditional" ? (fields.condition ?? null) : null,
    speaker: fields.speaker ?? null,
    start: fields.start,
    end: fields.end,
    statedOn: fields.statedOn,
    confidence: fields.confidence ?? null,
    cues: fields.cues ?? [],
    reviewState: fields.reviewState ?? "accepted",
  };
}

/** The offsets of `sentence` in `body`; a sentence that is not there is a programming error. */
export function sentenceSpan(body: string, sentence: string): { start: number; end: number } {
  const start = body.indexOf(sentence);
  if (start < 0) throw new Error(`Sentence not found in the article body: ${sentence}`);
  return { start, end: start + sentence.length };
}
