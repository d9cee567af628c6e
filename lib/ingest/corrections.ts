import "server-only";
import { type Db, getDb } from "@/lib/db/client";
import { refreshPositions } from "@/lib/positions/maintain-positions";
import type { z } from "zod";
import type { CorrectCommitmentSchema, RetractSchema } from "./schema";

export type CorrectionResult = { status: "ok" } | { status: "not-found" } | { status: "invalid"; message: string };

type Transaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Records who changed what, from what to what, and why; the audit log is never edited. */
async function recordChange(
  tx: Transaction,
  change: {
    actorId: string;
    action: string;
    entityType: string;
    entityId: string;
    before: unknown;
    after: unknown;
    note: string;
  },
): Promise<void> {
  await tx.auditEvent.create({
    data: { ...change, before: JSON.stringify(change.before), after: JSON.stringify(change.after) },
  });
}

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
): Promise<CorrectionResult> {
  const country = await db.country.findUnique({ where: { code: input.country }, select: { code: true } });
  if (!country) return { status: "invalid", message: `Unknown country or actor code: ${input.country}` };
  return db.$transaction(async (tx) => {
    const before = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: commitmentSnapshot });
    if (!before) return { status: "not-found" } as const;
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
    await recordChange(tx, {
      actorId,
      action: "commitment.correct",
      entityType: "commitment",
      entityId: input.commitmentId,
      before,
      after,
      note: input.note,
    });
    return { status: "ok" } as const;
  });
}

/** Withdraws a commitment from the matrix without deleting it; the note says why. */
export async function retractCommitment(
  input: z.infer<typeof RetractSchema>,
  actorId: string,
  db: Db = getDb(),
): Promise<CorrectionResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.commitment.findUnique({ where: { id: input.id }, select: commitmentSnapshot });
    if (!before) return { status: "not-found" } as const;
    if (before.retractedAt) return { status: "invalid", message: "This commitment is already retracted." } as const;
    const after = await tx.commitment.update({
      where: { id: input.id },
      data: { retractedAt: new Date() },
      select: commitmentSnapshot,
    });
    await refreshPositions(tx, [after]);
    await recordChange(tx, {
      actorId,
      action: "commitment.retract",
      entityType: "commitment",
      entityId: input.id,
      before,
      after,
      note: input.note,
    });
    return { status: "ok" } as const;
  });
}

/** Withdraws a whole article (and so all its commitments) from the matrix; kept for the record. */
export async function retractArticle(
  input: z.infer<typeof RetractSchema>,
  actorId: string,
  db: Db = getDb(),
): Promise<CorrectionResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({
      where: { id: input.id },
      select: { id: true, title: true, outlet: true, retractedAt: true, retractedNote: true },
    });
    if (!before) return { status: "not-found" } as const;
    if (before.retractedAt) return { status: "invalid", message: "This article is already retracted." } as const;
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
    await recordChange(tx, {
      actorId,
      action: "article.retract",
      entityType: "article",
      entityId: input.id,
      before,
      after,
      note: input.note,
    });
    return { status: "ok" } as const;
  });
}
