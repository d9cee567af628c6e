import "server-only";
import crypto from "node:crypto";
import { type BulkLoadSql, withSecondaryIndexesDropped } from "@/lib/db/bulk-load";
import type { Db, Transaction } from "@/lib/db/client";
import { dialectOf, resolveDatabaseUrl, sqliteDateText } from "@/lib/db/dialect";
import { deriveWindow, planRevision, type PositionSource, startOfUtcDay } from "./derive-intervals";
import { type CorrectionRecord, type HistoryRow, replayPositionHistory } from "./replay-history";

const DAY_MS = 86_400_000;

/** A commitment that was created, corrected or retracted: its cell must be derived again around its day. */
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

/** The changed days (00:00 UTC, as numbers) per cell. */
function groupByCell(
  changes: readonly ChangedCell[],
): Map<string, { countryCode: string; type: string; days: number[] }> {
  const cells = new Map<string, { countryCode: string; type: string; days: number[] }>();
  for (const change of changes) {
    const key = `${change.countryCode}|${change.type}`;
    const cell = cells.get(key) ?? { countryCode: change.countryCode, type: change.type, days: [] };
    cell.days.push(startOfUtcDay(change.statedOn).getTime());
    cells.set(key, cell);
  }
  return cells;
}

const isPostgres = () => dialectOf(resolveDatabaseUrl()) === "postgresql";

/**
 * Starts a change that the position history records (a publish, correction or retraction)
 * and returns its instant: the time it is recorded at, written on every row it touches
 * (the commitments' `createdAt`, the retraction's `retractedAt`, the audit event's `at`, the
 * position rows' `recordedFrom` / `recordedUntil`), so that rebuilding the history from those
 * rows finds the same instants. Such changes take one lock first (PostgreSQL: an advisory
 * lock; SQLite: its write lock, taken by a write that changes nothing), so their instants
 * follow the order in which they commit; the instant is always after the last one recorded,
 * even if the clock goes back.
 */
export async function beginRecordedChange(tx: Transaction): Promise<Date> {
  if (isPostgres()) {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('tracker:recorded-change'))`);
  } else {
    await tx.$executeRawUnsafe(`UPDATE "PositionInterval" SET "recordedFrom" = "recordedFrom" WHERE 0`);
  }
  const latest = await tx.positionInterval.aggregate({ _max: { recordedFrom: true, recordedUntil: true } });
  // Strictly after the last recorded instant: each change has an instant of its own, so a view
  // pinned at it shows exactly what the tracker showed once that change was made.
  const last = Math.max(latest._max.recordedFrom?.getTime() ?? 0, latest._max.recordedUntil?.getTime() ?? 0);
  return new Date(Math.max(Date.now(), last + 1));
}

const rowSelect = {
  id: true,
  countryCode: true,
  type: true,
  commitmentId: true,
  stance: true,
  condition: true,
  validFrom: true,
  validUntil: true,
  contested: true,
  isStanceChange: true,
  recordedFrom: true,
  recordedUntil: true,
} as const;

/**
 * Brings the position history of the changed cells up to date at the instant `recordedAt`
 * (from beginRecordedChange), inside the caller's transaction, so a publish, correction or
 * retraction and its effect on the positions commit or fail together. Only the window of
 * days that the change can alter is derived again (a day's interval depends on that day's
 * commitments, the next day with any, and the stance before); rows that say the same stand,
 * the others are closed at the instant and their successors recorded from it.
 */
export async function refreshPositions(
  tx: Transaction,
  changes: readonly ChangedCell[],
  recordedAt: Date,
): Promise<void> {
  const cells = [...groupByCell(changes).values()].sort((a, b) =>
    `${a.countryCode}|${a.type}`.localeCompare(`${b.countryCode}|${b.type}`),
  );
  for (const cell of cells) {
    const where = { countryCode: cell.countryCode, type: cell.type };
    const shown = { ...where, recordedUntil: null };
    const first = new Date(Math.min(...cell.days));
    const last = new Date(Math.max(...cell.days));
    const [before, after] = await Promise.all([
      tx.positionInterval.findMany({
        where: { ...shown, validFrom: { lt: first } },
        orderBy: { validFrom: "desc" },
        take: 2,
        select: { validFrom: true, stance: true },
      }),
      tx.positionInterval.findFirst({
        where: { ...shown, validFrom: { gt: last } },
        orderBy: { validFrom: "asc" },
        select: { validFrom: true, validUntil: true },
      }),
    ]);
    const from = before[0]?.validFrom ?? first;
    const to = after?.validFrom ?? last;
    const [sources, current] = await Promise.all([
      tx.commitment.findMany({
        where: { ...where, ...standingCommitment, statedOn: { gte: from, lt: new Date(to.getTime() + DAY_MS) } },
        select: sourceSelect,
      }),
      tx.positionInterval.findMany({ where: { ...shown, validFrom: { gte: from, lte: to } }, select: rowSelect }),
    ]);
    const derived = deriveWindow(
      sources.map(toSource),
      before[1]?.stance ?? null,
      after ? after.validFrom.getTime() : null,
      after?.validUntil ?? null,
    );
    const plan = planRevision(current, derived);
    if (plan.close.length > 0) {
      await tx.positionInterval.updateMany({
        where: { id: { in: plan.close.map((row) => row.id) } },
        data: { recordedUntil: recordedAt },
      });
    }
    if (plan.create.length > 0) {
      await tx.positionInterval.createMany({
        data: plan.create.map((interval) => ({ ...where, ...interval, recordedFrom: recordedAt })),
      });
    }
  }
}

/**
 * The rebuild's rows, written by SQL of their own: Prisma's createMany spent about half a
 * millisecond a row (1,000,000 statements give 1.6 million rows). PostgreSQL: one INSERT of
 * 10,000 rows, a parameter per column (an array each); SQLite: 2,000 rows per INSERT, 12
 * parameters each (below SQLite's 32,766).
 */
const POSITION_COLUMNS: [name: string, pgType: string, value: (row: HistoryRow) => string | boolean | Date | null][] = [
  ["id", "text", () => crypto.randomUUID()],
  ["countryCode", "text", (row) => row.countryCode],
  ["type", "text", (row) => row.type],
  ["stance", "text", (row) => row.stance],
  ["condition", "text", (row) => row.condition],
  ["commitmentId", "text", (row) => row.commitmentId],
  ["validFrom", "timestamp(3)", (row) => row.validFrom],
  ["validUntil", "timestamp(3)", (row) => row.validUntil],
  ["contested", "boolean", (row) => row.contested],
  ["isStanceChange", "boolean", (row) => row.isStanceChange],
  ["recordedFrom", "timestamp(3)", (row) => row.recordedFrom],
  ["recordedUntil", "timestamp(3)", (row) => row.recordedUntil],
];
const POSITION_COLUMN_LIST = POSITION_COLUMNS.map(([name]) => `"${name}"`).join(", ");

async function insertPositionRows(tx: Transaction, rows: readonly HistoryRow[], url: string): Promise<void> {
  if (dialectOf(url) === "postgresql") {
    const sql = `INSERT INTO "PositionInterval" (${POSITION_COLUMN_LIST}) SELECT * FROM unnest(${POSITION_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})`;
    for (let start = 0; start < rows.length; start += 10_000) {
      const chunk = rows.slice(start, start + 10_000);
      // A timestamp(3) keeps the UTC wall time: an ISO instant, whose zone the cast ignores.
      const columns = POSITION_COLUMNS.map(([, , value]) =>
        chunk.map((row) => {
          const cell = value(row);
          return cell instanceof Date ? cell.toISOString() : cell;
        }),
      );
      await tx.$executeRawUnsafe(sql, ...columns);
    }
    return;
  }
  const placeholders = `(${POSITION_COLUMNS.map(() => "?").join(", ")})`;
  for (let start = 0; start < rows.length; start += 2_000) {
    const chunk = rows.slice(start, start + 2_000);
    const params = chunk.flatMap((row) =>
      POSITION_COLUMNS.map(([, , value]) => {
        const cell = value(row);
        return cell instanceof Date ? sqliteDateText(cell) : typeof cell === "boolean" ? (cell ? 1 : 0) : cell;
      }),
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "PositionInterval" (${POSITION_COLUMN_LIST}) VALUES ${chunk.map(() => placeholders).join(", ")}`,
      ...params,
    );
  }
}

/** The before-snapshot of a correction's audit event, as replayPositionHistory takes it. */
function correctionBefore(json: string | null): CorrectionRecord["before"] {
  if (!json) return {};
  const before = JSON.parse(json) as Record<string, unknown>;
  const text = (key: string) => (typeof before[key] === "string" ? { [key]: before[key] } : {});
  return {
    ...text("countryCode"),
    ...text("type"),
    ...text("stance"),
    ...text("reviewState"),
    ...("condition" in before ? { condition: typeof before.condition === "string" ? before.condition : null } : {}),
  };
}

/**
 * Recomputes the whole position history, on both time axes, from the commitments and the
 * corrections in the audit log (`npm run db:rebuild-positions`, and on first start after the
 * table was added or emptied by a migration). Returns the number of rows written. `url` is
 * the database's, when it is not DATABASE_URL's. `withoutIndexes`: the table's secondary
 * indexes are dropped for the insert and made again after it (withSecondaryIndexesDropped),
 * for a database nobody reads yet (the large seed): readers would wait for the whole rebuild.
 */
export async function rebuildPositions(
  db: Db,
  url = resolveDatabaseUrl(),
  options: { withoutIndexes?: boolean } = {},
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.positionInterval.deleteMany({});
      // Flat reads (the articles' retractions apart, they are few): a nested select of every
      // commitment's article took minutes on PostgreSQL at 200,000 statements.
      const [commitments, statements, retractedArticles, corrections] = await Promise.all([
        tx.commitment.findMany({
          select: {
            id: true,
            countryCode: true,
            type: true,
            stance: true,
            condition: true,
            statedOn: true,
            reviewState: true,
            createdAt: true,
            retractedAt: true,
            statementId: true,
          },
        }),
        tx.statement.findMany({
          where: { article: { retractedAt: { not: null } } },
          select: { id: true, articleId: true },
        }),
        tx.article.findMany({ where: { retractedAt: { not: null } }, select: { id: true, retractedAt: true } }),
        tx.auditEvent.findMany({
          where: { entityType: "commitment", action: "commitment.correct" },
          select: { entityId: true, at: true, before: true },
        }),
      ]);
      const articleRetractedAt = new Map(retractedArticles.map((article) => [article.id, article.retractedAt]));
      const statementRetractedAt = new Map(
        statements.map((statement) => [statement.id, articleRetractedAt.get(statement.articleId) ?? null]),
      );
      const rows = replayPositionHistory(
        commitments.map(({ statementId, ...commitment }) => ({
          ...commitment,
          articleRetractedAt: statementRetractedAt.get(statementId) ?? null,
        })),
        corrections.map((event) => ({
          commitmentId: event.entityId,
          at: event.at,
          before: correctionBefore(event.before),
        })),
      );
      const write = () => insertPositionRows(tx, rows, url);
      if (options.withoutIndexes) {
        const sql: BulkLoadSql = {
          dialect: dialectOf(url),
          query: (text) => tx.$queryRawUnsafe(text),
          execute: async (text) => void (await tx.$executeRawUnsafe(text)),
        };
        await withSecondaryIndexesDropped(sql, ["PositionInterval"], write);
      } else {
        await write();
      }
      return rows.length;
    },
    // At 1,000,000 statements on a busy machine the rebuild takes longer than half an hour.
    { timeout: 4 * 60 * 60_000, maxWait: 60_000 },
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
