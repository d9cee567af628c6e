import "server-only";
import crypto from "node:crypto";
import os from "node:os";
import type { Db } from "./client";
import { openRawConnection } from "./dialect";

/** How often a running server refreshes its heartbeat row. */
export const HEARTBEAT_INTERVAL_MS = 5_000;

/** A heartbeat older than this is a server that stopped without saying so (a crash, a SIGKILL). */
export const HEARTBEAT_STALE_MS = 20_000;

export interface LiveServer {
  host: string;
  pid: number;
  seenAt: Date;
}

/**
 * Keeps a row in ServerHeartbeat fresh while this server runs, and removes it when the server
 * stops, so that `npm run db:restore` knows the database is in use. Returns the function that
 * stops it (and removes the row).
 */
export function startServerHeartbeat(db: Db, now: () => Date = () => new Date()): () => Promise<void> {
  const id = crypto.randomUUID();
  const startedAt = now();
  const beat = () =>
    db.serverHeartbeat.upsert({
      where: { id },
      create: { id, host: os.hostname(), pid: process.pid, startedAt, seenAt: now() },
      update: { seenAt: now() },
    });
  // A beat that fails (the database is away for a moment) is retried by the next one.
  const beatQuietly = () => void beat().catch(() => undefined);
  beatQuietly();
  const timer = setInterval(beatQuietly, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    await db.serverHeartbeat.deleteMany({ where: { id } }).catch(() => undefined);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
  return stop;
}

/**
 * The servers whose heartbeat in the database at `url` is fresh. Read over a connection of its
 * own, since the restore that asks has no app client; a database without the table (empty, or
 * from before it existed) has none.
 */
export async function findLiveServers(url: string, now = new Date()): Promise<LiveServer[]> {
  const connection = await openRawConnection(url);
  try {
    const rows = await connection.query<{ host: string; pid: number; seenAt: unknown }>(
      `SELECT "host", "pid", "seenAt" FROM "ServerHeartbeat"`,
    );
    return rows
      .map((row) => ({ host: row.host, pid: Number(row.pid), seenAt: toDate(row.seenAt) }))
      .filter((server) => now.getTime() - server.seenAt.getTime() < HEARTBEAT_STALE_MS);
  } catch (error) {
    if (/ServerHeartbeat/.test(error instanceof Error ? error.message : String(error))) return [];
    throw error;
  } finally {
    await connection.close();
  }
}

// SQLite gives Prisma's DateTime back as milliseconds or ISO text, PostgreSQL as a Date.
function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}
