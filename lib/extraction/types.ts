/**
 * What the engine proposes, and the candidate it keeps while reading an article.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import type { ActorMention } from "./actors";
import type { SentenceView, TypeSighting } from "./candidates";

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

/** How the stages came to a candidate: what the learned decision describes it by (features.ts). */
export interface CandidateReading {
  /** "rule": the rule stages read actor, type and stance; "loose": only the pair was seen (stage "propose"). */
  origin: "rule" | "loose";
  view: SentenceView;
  type: TypeSighting;
  actorMention: ActorMention | null;
  /** How the actor was found: the rule stages' `how` ("subject", "owner", ...) or the loose source ("mention", "speaker", ...). */
  actorSource: string;
}

export interface Candidate extends PositionProposal {
  /** Index of the sentence the candidate comes from. */
  order: number;
  /** Absent only on candidates built by hand (tests of reduce). */
  reading?: CandidateReading;
}
