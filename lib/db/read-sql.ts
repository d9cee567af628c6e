import "server-only";
import path from "node:path";
import pg from "pg";
import { Piscina } from "piscina";
import { toIsoDay } from "@/lib/dates/iso-day";
import { type Dialect, dialectOf, resolveDatabaseUrl, sqliteFilePath } from "./dialect";
import { createPostgresPool } from "./postgres-pool";

/**
 * Raw reads for the views whose cost grows with the data (the matrix, its cells, the changes, a
 * country's timeline): one flat SQL query each, written once with `?` placeholders for both
 * engines, instead of Prisma's nested relation loading, which cost ten times the query.
 *
 * On SQLite the query runs in a worker thread (lib/db/sqlite-read-worker.cjs, a read-only
 * connection per thread), never on the thread that serves pages: better-sqlite3 is synchronous,
 * so a slow read there would make every cached answer wait. At most READ_THREADS reads run at
 * once, the others queue. On PostgreSQL the query goes to the server over a small pool of its
 * own and the thread waits for nothing.
 */
export type SqlValue = string | number | boolean | Date | null;

/** Reads that run at once on SQLite; the machines this runs on have few cores, and pages keep one. */
export const READ_THREADS = 2;

/**
 * Read threads kept while no read comes (another one stops after a minute idle). A thread
 * started for a read costs that read 90 to 120 ms (a new V8 isolate, the SQLite driver loaded,
 * the file opened; at a load average of 5 on two cores, against under 5 ms on a running thread):
 * with none kept, the first read after a quiet minute (a cited view's, say) paid it.
 */
export const READ_THREADS_KEPT = 1;

/**
 * PostgreSQL read connections kept open while no read comes (pg closes the others after 10 s
 * idle). A new connection cost its first query 46 to 163 ms against 15 to 45 ms on an open one
 * (local server, load average 16 on two cores).
 */
export const READ_CONNECTIONS_KEPT = 1;

/**
 * The nice value of the SQLite read threads (on Linux a thread's own): above the serving
 * thread's, so that a cached answer is never kept waiting by a slow read.
 */
export const READ_THREAD_PRIORITY = 10;

interface Readers {
  url: string;
  dialect: Dialect;
  sqlite?: { file: string; pool: Piscina };
  postgres?: pg.Pool;
}

const holder = globalThis as unknown as { trackerReaders?: Readers };

function readers(): Readers {
  const url = resolveDatabaseUrl();
  if (holder.trackerReaders?.url === url) return holder.trackerReaders;
  const dialect = dialectOf(url);
  holder.trackerReaders =
    dialect === "sqlite"
      ? {
          url,
          dialect,
          sqlite: {
            file: sqliteFilePath(url),
            pool: new Piscina({
              filename: path.join(process.cwd(), "lib/db/sqlite-read-worker.cjs"),
              minThreads: READ_THREADS_KEPT,
              maxThreads: READ_THREADS,
              maxQueue: 1000,
              idleTimeout: 60_000,
              workerData: { priority: READ_THREAD_PRIORITY },
            }),
          },
        }
      : { url, dialect, postgres: createPostgresPool(url, 4, READ_CONNECTIONS_KEPT) };
  return holder.trackerReaders;
}

/** The engine the reads go to. */
export function readDialect(): Dialect {
  return readers().dialect;
}

/** How many reads the SQLite worker threads have answered (0 on PostgreSQL): a test checks that reads go there. */
export function sqliteWorkerReads(): number {
  return readers().sqlite?.pool.completed ?? 0;
}

/** How many readers the engine's pool keeps while idle (threads on SQLite, connections on PostgreSQL): a test checks it. */
export function readersKeptIdle(): number {
  const { sqlite, postgres } = readers();
  return sqlite ? sqlite.pool.options.minThreads : (postgres!.options.min ?? 0);
}

/** The priority a SQLite read thread runs at (null on PostgreSQL): a test checks it is READ_THREAD_PRIORITY. */
export async function sqliteReadThreadPriority(): Promise<number | null> {
  const { sqlite } = readers();
  return sqlite ? ((await sqlite.pool.run({ probe: "priority" })) as number) : null;
}

// SQLite keeps Prisma's DateTime as text in this form, so comparisons stay in text order.
function sqliteParam(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

// A `timestamp(3)` column keeps the UTC wall time; an ISO instant's zone is ignored when cast to it.
function postgresParam(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

const TIMESTAMP_OID = 1114;
// Timestamps come back as text and are read as UTC by dateOf, whatever the process's time zone.
const postgresTypes = {
  getTypeParser: (oid: number, format?: string) =>
    oid === TIMESTAMP_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as "text"),
};

/** Runs one read-only query (`?` placeholders) and gives its rows; see dateOf and boolOf for the columns. */
export async function readRows<T extends Record<string, unknown>>(sql: string, params: SqlValue[] = []): Promise<T[]> {
  const { sqlite, postgres } = readers();
  if (sqlite) return (await sqlite.pool.run({ file: sqlite.file, sql, params: params.map(sqliteParam) })) as T[];
  let index = 0;
  const text = sql.replace(/\?/g, () => `$${++index}`);
  const result = await postgres!.query({ text, values: params.map(postgresParam), types: postgresTypes });
  return result.rows as T[];
}

/** `?, ?, ?` for an IN list of `count` values (at least one). */
export function placeholders(count: number): string {
  return Array.from({ length: Math.max(1, count) }, () => "?").join(", ");
}

/** A timestamp column as either engine returns it (SQLite's text, PostgreSQL's UTC text). */
export function dateOf(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  // PostgreSQL: "2026-03-01 00:00:00(.123)", UTC wall time without a zone.
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

export function dateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : dateOf(value);
}

// A UTC timestamp as the engines give it: SQLite as Prisma writes it ("2026-03-01T00:00:00.000+00:00"),
// PostgreSQL as text ("2026-03-01 00:00:00", "2026-03-01 12:30:00.12").
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?(?:Z|\+00:00)?$/;

/**
 * A timestamp column's day (YYYY-MM-DD, UTC), or null: toIsoDay(dateOf(value)), read off the
 * text without making a Date when it is in one of the engines' forms (an export converts a
 * million of them).
 */
export function isoDayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const match = typeof value === "string" ? UTC_TEXT.exec(value) : null;
  return match ? match[1]! : toIsoDay(dateOf(value));
}

/** A timestamp column as an ISO instant with milliseconds (dateOf(value).toISOString()), or null. */
export function isoInstantOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const match = typeof value === "string" ? UTC_TEXT.exec(value) : null;
  return match ? `${match[1]}T${match[2]}.${(match[3] ?? "").padEnd(3, "0")}Z` : dateOf(value).toISOString();
}

/** A boolean column: SQLite gives 0 or 1. */
export function boolOf(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
