/**
 * The positions of a draft under review and the changes an editor makes to them, as pure
 * functions: the review page applies a change optimistically with the same function that
 * the server applies before saving it, so what the editor sees is what gets stored.
 */
import { z } from "zod";
import type { PositionProposal } from "@/lib/extraction";
import { PositionCoreSchema } from "./publish-position";
import { DRAFT_DECISIONS, type DraftDecision, type PositionEdit } from "./schema";

/**
 * A proposal as stored on a draft: the engine's output (or the editor's addition) plus the
 * decision. `evidence` is the sentence verbatim, always `body.slice(start, end)`; `statedOn` is
 * YYYY-MM-DD, the day the statement was made (the article's date unless the text says otherwise).
 */
const DraftPositionSchema = PositionCoreSchema.extend({
  id: z.string(),
  evidence: z.string(),
  statedOn: z.string(),
  decision: z.enum(DRAFT_DECISIONS),
  origin: z.enum(["engine", "editor"]),
  /** An engine proposal the editor saved with a field changed; published as proposalEdited. */
  edited: z.boolean(),
  /** The engine's named features behind its confidence ("named speaker +0.10"), shown to the editor. */
  explanation: z.array(z.string()),
});
export type DraftPosition = z.infer<typeof DraftPositionSchema>;

// Drafts saved before positions had ids get them by order; before `edited` was kept, none was;
// before the explanation was kept, theirs is empty.
const StoredDraftPositionSchema = DraftPositionSchema.extend({
  id: z.string().optional(),
  edited: z.boolean().default(false),
  explanation: z.array(z.string()).default([]),
});

/** The positions stored as JSON on a draft; drafts saved before positions had ids get them by order. */
export function parseStoredPositions(json: string): DraftPosition[] {
  return z
    .array(StoredDraftPositionSchema)
    .parse(JSON.parse(json))
    .map((position, index) => ({ ...position, id: position.id ?? `p${index + 1}` }));
}

export function toDraftPosition(proposal: PositionProposal, published: string, index: number): DraftPosition {
  return {
    id: `p${index + 1}`,
    country: proposal.country,
    commitment: proposal.commitment,
    stance: proposal.stance,
    condition: proposal.condition,
    speaker: proposal.speaker,
    start: proposal.start,
    end: proposal.end,
    evidence: proposal.evidence,
    statedOn: proposal.statedOn ?? published,
    confidence: proposal.confidence,
    cues: proposal.cues,
    decision: "pending",
    origin: "engine",
    edited: false,
    explanation: proposal.explanation,
  };
}

/** A fresh id for a position added by hand; random so two tabs adding at once never collide. */
export function newPositionId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `e${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Identical positions (same country, type and stance, from the same statement) are one
 * position: stored once, whichever of them the editor or the engine wrote first.
 */
export function isSamePosition(
  a: Pick<DraftPosition, "country" | "commitment" | "stance" | "start" | "end">,
  b: Pick<DraftPosition, "country" | "commitment" | "stance" | "start" | "end">,
): boolean {
  return (
    a.country === b.country &&
    a.commitment === b.commitment &&
    a.stance === b.stance &&
    a.start < b.end &&
    b.start < a.end
  );
}

export type DraftChange =
  | { kind: "decide"; positionId: string; decision: DraftDecision }
  /** An edit of an existing position or a new one (an id the draft does not have yet). */
  | { kind: "save"; edit: PositionEdit; decision: DraftDecision };

export type DraftChangeOutcome =
  | { kind: "decided" | "updated" | "added"; positionId: string }
  /** The change made it identical to another position, which now stands for both. */
  | { kind: "merged"; positionId: string }
  | { kind: "refused"; message: string };

export interface AppliedDraftChange {
  positions: DraftPosition[];
  outcome: DraftChangeOutcome;
}

// Accepted beats rejected beats undecided: a decision made on either copy is kept.
const DECISION_WEIGHT: Record<DraftDecision, number> = { pending: 0, rejected: 1, accepted: 2 };

function mergeInto(target: DraftPosition, duplicate: DraftPosition): DraftPosition {
  return {
    ...target,
    condition: target.condition ?? duplicate.condition,
    speaker: target.speaker ?? duplicate.speaker,
    decision:
      DECISION_WEIGHT[duplicate.decision] > DECISION_WEIGHT[target.decision] ? duplicate.decision : target.decision,
  };
}

/** Applies one editor change to a draft's positions; `body` is the article text the offsets point into. */
export function applyDraftChange(positions: DraftPosition[], change: DraftChange, body: string): AppliedDraftChange {
  if (change.kind === "decide") {
    const index = positions.findIndex((position) => position.id === change.positionId);
    if (index < 0)
      return { positions, outcome: { kind: "refused", message: "This proposal is no longer on the draft." } };
    return {
      positions: positions.map((position, i) => (i === index ? { ...position, decision: change.decision } : position)),
      outcome: { kind: "decided", positionId: change.positionId },
    };
  }

  const { edit } = change;
  if (edit.start < 0 || edit.end > body.length || edit.start >= edit.end) {
    return { positions, outcome: { kind: "refused", message: "The evidence must be a sentence of the article." } };
  }
  const existing = positions.find((position) => position.id === edit.id);
  const fields = {
    id: edit.id,
    country: edit.country,
    commitment: edit.commitment,
    stance: edit.stance,
    condition: edit.stance === "conditional" ? edit.condition : null,
    speaker: edit.speaker,
    start: edit.start,
    end: edit.end,
    evidence: body.slice(edit.start, edit.end),
    statedOn: edit.statedOn,
  };
  const saved: DraftPosition = {
    ...fields,
    confidence: existing?.confidence ?? null,
    cues: existing?.cues ?? [],
    // The engine's reasons stay with its proposal after an edit: they say what it had read.
    explanation: existing?.explanation ?? [],
    decision: change.decision,
    origin: existing?.origin ?? "editor",
    edited: existing?.origin === "engine" && (existing.edited || hasChangedFields(existing, fields)),
  };
  const twin = positions.find((position) => position.id !== edit.id && isSamePosition(position, saved));
  if (twin) {
    return {
      positions: positions
        .filter((position) => position.id !== edit.id)
        .map((position) => (position.id === twin.id ? mergeInto(twin, saved) : position)),
      outcome: { kind: "merged", positionId: twin.id },
    };
  }
  if (!existing) return { positions: [...positions, saved], outcome: { kind: "added", positionId: saved.id } };
  return {
    positions: positions.map((position) => (position.id === edit.id ? saved : position)),
    outcome: { kind: "updated", positionId: saved.id },
  };
}

const EDITABLE_FIELDS = [
  "country",
  "commitment",
  "stance",
  "condition",
  "speaker",
  "start",
  "end",
  "statedOn",
] as const;

function hasChangedFields(
  before: Pick<DraftPosition, (typeof EDITABLE_FIELDS)[number]>,
  after: Pick<DraftPosition, (typeof EDITABLE_FIELDS)[number]>,
): boolean {
  return EDITABLE_FIELDS.some((field) => before[field] !== after[field]);
}

/** Folds identical positions into the first of each group (a last guard before publishing). */
export function mergeIdenticalPositions(positions: DraftPosition[]): DraftPosition[] {
  const kept: DraftPosition[] = [];
  for (const position of positions) {
    const index = kept.findIndex((other) => isSamePosition(other, position));
    if (index < 0) kept.push(position);
    else kept[index] = mergeInto(kept[index]!, position);
  }
  return kept;
}
