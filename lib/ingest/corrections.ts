import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Db, getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { refreshPositions } from "@/lib/positions/maintain-positions";
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
        reviewedAt: new Date(),
      },
      select: commitmentSnapshot,
    });
    // A correction may move the commitment to another country or type: both cells change.
    await refreshPositions(tx, [before, after]);
    await recordAuditEvent(tx, {
      actorId,
      action: "commitment.correct",
      entityType: "commitment",
      entityId: input.commitmentId,
      before,
      after,
      note: input.note,
    });
  });
}

/** Withdraws a commitment from the matrix without deleting it; the note says why. */
export async function retractCommitment(
  input: z.infer<typeof RetractSchema>,
  actorId: string,
  db: Db = getDb(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.commitment.findUnique({ where: { id: input.id }, select: commitmentSnapshot });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.retractedAt)
      throw new AppError("ALREADY_RETRACTED", { message: "This commitment is already retracted." });
    const after = await tx.commitment.update({
      where: { id: input.id },
      data: { retractedAt: new Date() },
      select: commitmentSnapshot,
    });
    await refreshPositions(tx, [after]);
    await recordAuditEvent(tx, {
      actorId,
      action: "commitment.retract",
      entityType: "commitment",
      entityId: input.id,
      before,
      after,
      note: input.note,
    });
  });
}

/** Withdraws a whole article (and so all its commitments) from the matrix; kept for the record. */
export async function retractArticle(
  input: z.infer<typeof RetractSchema>,
  actorId: string,
  db: Db = getDb(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({
      where: { id: input.id },
      select: { id: true, title: true, outlet: true, retractedAt: true, retractedNote: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.retractedAt) throw new AppError("ALREADY_RETRACTED", { message: "This article is already retracted." });
    const after = await tx.article.update({
      where: { id: input.id },
      data: { retractedAt: new Date(), retractedNote: input.note },
      select: { id: true, title: true, outlet: true, retractedAt: true, retractedNote: true },
    });
    await refreshPositions(
      tx,
      await tx.commitment.findMany({
        where: { statement: { articleId: input.id }, reviewState: "accepted" },
        select: { countryCode: true, type: true, statedOn: true },
      }),
    );
    await recordAuditEvent(tx, {
      actorId,
      action: "article.retract",
      entityType: "article",
      entityId: input.id,
      before,
      after,
      note: input.note,
    });
  });
}
