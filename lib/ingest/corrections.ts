import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Db, getDb, type Transaction } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { beginRecordedChange, type ChangedCell, refreshPositions } from "@/lib/positions/maintain-positions";
import type { CorrectCommitmentSchema, RetractSchema } from "./schema";

// Each correction throws AppError NOT_FOUND for an id that is gone (a stale page) and
// ALREADY_RETRACTED for a second retraction; what it changed is in the audit log.

const commitmentSnapshot = {
  id: true,
  countryCode: true,
  type: true,
  stance: true,
  condition: true,
  statedOn: true,
  reviewState: true,
  retractedAt: true,
  statement: { select: { articleId: true } },
} as const;

const articleSnapshot = { id: true, title: true, outlet: true, retractedAt: true, retractedNote: true } as const;

/**
 * Changes a published commitment in place; the audit log keeps what it was, who changed
 * it, when and why. The matrix shows the corrected stance from then on.
 */
export async function correctCommitment(
  input: z.infer<typeof CorrectCommitmentSchema>,
  actorId: string,
  db: Db = getDb(),
): Promise<void> {
  const country = await db.country.findUnique({ where: { code: input.country }, select: { code: true } });
  if (!country) {
    const message = `Unknown country or actor code: ${input.country}`;
    throw new AppError("UNKNOWN_COUNTRY", { message, fieldErrors: { country: [message] } });
  }
  await db.$transaction(async (tx) => {
    const recordedAt = await beginRecordedChange(tx);
    const before = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: commitmentSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    // A retraction is final: correcting afterwards would put a withdrawn record back in the matrix.
    const article = await tx.article.findUnique({
      where: { id: before.statement.articleId },
      select: { retractedAt: true },
    });
    if (before.retractedAt || article?.retractedAt) {
      throw new AppError("ALREADY_RETRACTED", {
        message: "This commitment is retracted and can no longer be corrected.",
      });
    }
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: {
        countryCode: input.country,
        type: input.commitment,
        stance: input.stance,
        condition: input.stance === "conditional" ? input.condition : null,
        reviewState: "accepted",
        reviewedById: actorId,
        reviewedAt: recordedAt,
      },
      select: commitmentSnapshot,
    });
    // A correction may move the commitment to another country or type: both cells change.
    await refreshPositions(tx, [before, after], recordedAt);
    await recordAuditEvent(tx, {
      actorId,
      at: recordedAt,
      action: "commitment.correct",
      entityId: input.commitmentId,
      before,
      after,
      note: input.note,
    });
  });
}

type RetractInput = z.infer<typeof RetractSchema>;

/**
 * The steps every retraction shares, in one transaction: read what it was, refuse a missing
 * or already retracted one, mark it retracted, derive the cells it stood in again, audit it.
 */
async function retract<Snapshot extends { retractedAt: Date | null }>(
  db: Db,
  action: "commitment.retract" | "article.retract",
  input: RetractInput,
  actorId: string,
  change: {
    alreadyRetracted: string;
    read: (tx: Transaction) => Promise<Snapshot | null>;
    markRetracted: (tx: Transaction, recordedAt: Date) => Promise<Snapshot>;
    changedCells: (tx: Transaction, after: Snapshot) => Promise<ChangedCell[]>;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const recordedAt = await beginRecordedChange(tx);
    const before = await change.read(tx);
    if (!before) throw new AppError("NOT_FOUND");
    if (before.retractedAt) throw new AppError("ALREADY_RETRACTED", { message: change.alreadyRetracted });
    const after = await change.markRetracted(tx, recordedAt);
    await refreshPositions(tx, await change.changedCells(tx, after), recordedAt);
    await recordAuditEvent(tx, {
      actorId,
      action,
      entityId: input.id,
      before,
      after,
      note: input.note,
      at: recordedAt,
    });
  });
}

/** Withdraws a commitment from the matrix without deleting it; the note says why. */
export async function retractCommitment(input: RetractInput, actorId: string, db: Db = getDb()): Promise<void> {
  const where = { id: input.id };
  await retract(db, "commitment.retract", input, actorId, {
    alreadyRetracted: "This commitment is already retracted.",
    read: (tx) => tx.commitment.findUnique({ where, select: commitmentSnapshot }),
    markRetracted: (tx, recordedAt) =>
      tx.commitment.update({ where, data: { retractedAt: recordedAt }, select: commitmentSnapshot }),
    changedCells: async (_tx, after) => [after],
  });
}

/** Withdraws a whole article (and so all its commitments) from the matrix; kept for the record. */
export async function retractArticle(input: RetractInput, actorId: string, db: Db = getDb()): Promise<void> {
  const where = { id: input.id };
  await retract(db, "article.retract", input, actorId, {
    alreadyRetracted: "This article is already retracted.",
    read: (tx) => tx.article.findUnique({ where, select: articleSnapshot }),
    markRetracted: (tx, recordedAt) =>
      tx.article.update({
        where,
        data: { retractedAt: recordedAt, retractedNote: input.note },
        select: articleSnapshot,
      }),
    changedCells: (tx) =>
      tx.commitment.findMany({
        where: { statement: { articleId: input.id }, reviewState: "accepted" },
        select: { countryCode: true, type: true, statedOn: true },
      }),
  });
}
