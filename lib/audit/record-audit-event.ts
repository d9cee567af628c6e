import "server-only";
import type { Transaction } from "@/lib/db/client";

export interface AuditChange {
  actorId: string | null;
  /** `<entity type>.<verb>`, e.g. `article.publish`, `commitment.correct`, `user.disable`. */
  action: `${string}.${string}`;
  entityId: string;
  /** Snapshots of what the entity was and became, stored as JSON; never secrets. */
  before?: unknown;
  after?: unknown;
  note?: string | null;
  /** The instant of a change the position history records (beginRecordedChange); otherwise now. */
  at?: Date;
}

/**
 * Records who changed what, from what to what, and why. Called inside the transaction of the
 * change itself, so a change without its record (or a record without its change) cannot
 * happen. The audit log is never edited.
 */
export async function recordAuditEvent(tx: Transaction, change: AuditChange): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: change.actorId,
      ...(change.at ? { at: change.at } : {}),
      action: change.action,
      // The entity type is the action's first part, so the two cannot disagree.
      entityType: change.action.slice(0, change.action.indexOf(".")),
      entityId: change.entityId,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
      note: change.note || null,
    },
  });
}
