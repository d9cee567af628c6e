import "server-only";
import type { Db, Transaction } from "@/lib/db/client";
import { dialectOf, resolveDatabaseUrl } from "@/lib/db/dialect";
import { derivePositionIntervals, type PositionSource, startOfUtcDay } from "./derive-intervals";

/** A commitment that was created, corrected or retracted: its cell must be derived again from its day on. */
export interface ChangedCell {
  countryCode: string;
  type: string;
  statedOn: Date;
}

/** The commitments that can stand: accepted, not retracted, in an article that is not retracted. */
const standingCommitment = {
  reviewState: "accepted",
  retractedAt: null,
  statement: { article: { retractedAt: null } },
} as const;

const sourceSelect = { id: true, stance: true, condition: true, statedOn: true, createdAt: true } as const;

function toSource(row: {
  id: string;
  stance: string;
  condition: string | null;
  statedOn: Date;
  createdAt: Date;
}): PositionSource {
  return {
    commitmentId: row.id,
    stance: row.stance,
    condition: row.condition,
    statedOn: row.statedOn,
    recordedAt: row.createdAt,
  };
}

/** The earliest changed day per cell. */
function groupByCell(changes: readonly ChangedCell[]): Map<string, ChangedCell> {
  const cells = new Map<string, ChangedCell>();
  for (const change of changes) {
    const key = `${change.countryCode}|${change.type}`;
    const known = cells.get(key);
    if (!known || change.statedOn < known.statedOn) cells.set(key, change);
  }
  return cells;
}

/**
 * Brings the position history of the changed cells up to date, inside the caller's
 * transaction, so a publish, correction or retraction and its effect on the positions commit
 * or fail together. Only the tail of a cell's history from the earliest changed day is
 * derived again: a day's position depends on that day's commitments alone.
 */
export async function refreshPositions(tx: Transaction, changes: readonly ChangedCell[]): Promise<void> {
  const cells = [...groupByCell(changes).values()].sort((a, b) =>
    `${a.countryCode}|${a.type}`.localeCompare(`${b.countryCode}|${b.type}`),
  );
  const isPostgres = dialectOf(resolveDatabaseUrl()) === "postgresql";
  for (const cell of cells) {
    // Two transactions refreshing one cell at once would each derive from what they see;
    // PostgreSQL lets them run concurrently, so the second waits here (SQLite has one writer).
    if (isPostgres) {
      await tx.$executeRawUnsafe(
        `SELECT pg_advisory_xact_lock(hashtext($1))`,
        `position:${cell.countryCode}:${cell.type}`,
      );
    }
    const fromDay = startOfUtcDay(cell.statedOn);
    const where = { countryCode: cell.countryCode, type: cell.type };
    const previous = await tx.positionInterval.findFirst({
      where: { ...where, validFrom: { lt: fromDay } },
      orderBy: { validFrom: "desc" },
      select: { id: true, stance: true },
    });
    await tx.positionInterval.deleteMany({ where: { ...where, validFrom: { gte: fromDay } } });
    const sources = await tx.commitment.findMany({
      where: { ...where, ...standingCommitment, statedOn: { gte: fromDay } },
      select: sourceSelect,
    });
    const intervals = derivePositionIntervals(sources.map(toSource), previous?.stance ?? null);
    if (intervals.length > 0) {
      await tx.positionInterval.createMany({ data: intervals.map((interval) => ({ ...where, ...interval })) });
    }
    if (previous) {
      await tx.positionInterval.update({
        where: { id: previous.id },
        data: { validUntil: intervals[0]?.validFrom ?? null },
      });
    }
  }
}

const INSERT_BATCH = 2_000;

/**
 * Recomputes the whole position history from the commitments (`npm run db:rebuild-positions`,
 * and on first start after the table was added). Returns the number of intervals written.
 */
export async function rebuildPositions(db: Db): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.positionInterval.deleteMany({});
      const sources = await tx.commitment.findMany({
        where: standingCommitment,
        select: { ...sourceSelect, countryCode: true, type: true },
      });
      const byCell = new Map<string, { countryCode: string; type: string; sources: PositionSource[] }>();
      for (const row of sources) {
        const key = `${row.countryCode}|${row.type}`;
        let cell = byCell.get(key);
        if (!cell) {
          cell = { countryCode: row.countryCode, type: row.type, sources: [] };
          byCell.set(key, cell);
        }
        cell.sources.push(toSource(row));
      }
      const rows = [...byCell.values()].flatMap((cell) =>
        derivePositionIntervals(cell.sources).map((interval) => ({
          countryCode: cell.countryCode,
          type: cell.type,
          ...interval,
        })),
      );
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await tx.positionInterval.createMany({ data: rows.slice(start, start + INSERT_BATCH) });
      }
      return rows.length;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

/** True when commitments could stand but no position was derived yet (a database from before the read model). */
export async function isPositionHistoryMissing(db: Db): Promise<boolean> {
  const [interval, commitment] = await Promise.all([
    db.positionInterval.findFirst({ select: { id: true } }),
    db.commitment.findFirst({ where: standingCommitment, select: { id: true } }),
  ]);
  return interval === null && commitment !== null;
}
