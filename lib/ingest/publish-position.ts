import { z } from "zod";
import { COMMITMENT_TYPES, type ReviewState, STANCES } from "@/lib/domain/taxonomy";

/**
 * The fields a position has wherever it is kept: on a draft under review (lib/ingest/
 * draft-position.ts adds the draft's own) and as a published commitment (PublishPosition).
 */
export const PositionCoreSchema = z.object({
  country: z.string(),
  commitment: z.enum(COMMITMENT_TYPES),
  stance: z.enum(STANCES),
  condition: z.string().nullable(),
  /** The speaker as named in the text; linked to the gazetteer when a name or alias matches. */
  speaker: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number().nullable(),
  cues: z.array(z.string()),
});
export type PositionCore = z.infer<typeof PositionCoreSchema>;

/** One commitment as publishArticle writes it: who, what, which stance, and the quoted sentence. */
export interface PublishPosition extends PositionCore {
  statedOn: Date;
  reviewState: ReviewState;
  /** An engine proposal the editor changed before deciding on it (see Commitment.proposalEdited). */
  proposalEdited: boolean;
}

type DefaultedField = "condition" | "speaker" | "confidence" | "cues" | "reviewState" | "proposalEdited";

/** What a caller knows about a position; the rest has one default, set here. */
export type PositionFields = Omit<PublishPosition, DefaultedField> & {
  [field in DefaultedField]?: PublishPosition[field] | undefined;
};

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
    proposalEdited: fields.proposalEdited ?? false,
  };
}

/** The offsets of `sentence` in `body`; a sentence that is not there is a programming error. */
export function sentenceSpan(body: string, sentence: string): { start: number; end: number } {
  const start = body.indexOf(sentence);
  if (start < 0) throw new Error(`Sentence not found in the article body: ${sentence}`);
  return { start, end: start + sentence.length };
}
