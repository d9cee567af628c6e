/**
 * What publishing a draft does to the matrix, per accepted position, before it is done: the
 * editor sees a new cell, a confirmation, a change of stance, or a position older than the
 * one that stands (it goes into the cell's history only); a same-day contradiction is flagged.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import type { DraftPosition } from "./draft-position";

/** The position that stands today for one country and commitment type. */
export interface StandingPosition {
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  /** YYYY-MM-DD */
  statedOn: string;
  outlet: string;
}

export type PublishEffect =
  | { kind: "new" }
  | { kind: "confirms"; standing: StandingPosition }
  | { kind: "changes"; standing: StandingPosition }
  /** Older than the position that stands (or than another in this article): history only. */
  | { kind: "older"; standing: Pick<StandingPosition, "stance" | "statedOn"> }
  /** Another stance for the same country and type on the same day: the editor must resolve it. */
  | { kind: "contradiction"; against: { stance: Stance; statedOn: string; source: "matrix" | "article" } };

export interface PublishPreviewItem {
  position: DraftPosition;
  effect: PublishEffect;
}

export function standingKey(country: string, commitment: CommitmentType): string {
  return `${country}|${commitment}`;
}

export function previewPublish(positions: DraftPosition[], standing: StandingPosition[]): PublishPreviewItem[] {
  const standingByKey = new Map(standing.map((entry) => [standingKey(entry.country, entry.commitment), entry]));
  const accepted = positions.filter((position) => position.decision === "accepted");
  return accepted.map((position) => {
    const key = standingKey(position.country, position.commitment);
    const siblings = accepted.filter(
      (other) => other.id !== position.id && standingKey(other.country, other.commitment) === key,
    );
    const sameDay = siblings.find((other) => other.statedOn === position.statedOn && other.stance !== position.stance);
    if (sameDay) {
      return {
        position,
        effect: {
          kind: "contradiction",
          against: { stance: sameDay.stance, statedOn: sameDay.statedOn, source: "article" },
        },
      };
    }
    const newerSibling = siblings
      .filter((other) => other.statedOn > position.statedOn)
      .sort((a, b) => b.statedOn.localeCompare(a.statedOn))[0];
    const current = standingByKey.get(key);
    if (current && current.statedOn === position.statedOn && current.stance !== position.stance) {
      return {
        position,
        effect: {
          kind: "contradiction",
          against: { stance: current.stance, statedOn: current.statedOn, source: "matrix" },
        },
      };
    }
    const newest = [current, newerSibling]
      .filter((entry) => entry !== undefined)
      .sort((a, b) => b.statedOn.localeCompare(a.statedOn))[0];
    if (newest && newest.statedOn > position.statedOn) {
      return { position, effect: { kind: "older", standing: { stance: newest.stance, statedOn: newest.statedOn } } };
    }
    if (!current) return { position, effect: { kind: "new" } };
    if (current.stance === position.stance) return { position, effect: { kind: "confirms", standing: current } };
    return { position, effect: { kind: "changes", standing: current } };
  });
}

export function hasContradictions(preview: PublishPreviewItem[]): boolean {
  return preview.some((item) => item.effect.kind === "contradiction");
}
