/**
 * What the engine proposes, and the candidate it keeps while reading an article.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";

export interface PositionProposal {
  /** ISO alpha-2, or "EU" / "NATO". */
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  /** Canonical gazetteer name when known, else the name as written. */
  speaker: string | null;
  /** Verbatim condition text when the stance is conditional. */
  condition: string | null;
  /** The sentence, verbatim from the body. */
  evidence: string;
  start: number;
  end: number;
  /** YYYY-MM-DD */
  statedOn: string | null;
  confidence: number;
  cues: string[];
  /** The named features the confidence was computed from, with their weights ("named speaker +0.10"). */
  explanation: string[];
}

export interface Candidate extends PositionProposal {
  /** Index of the sentence the candidate comes from. */
  order: number;
}
