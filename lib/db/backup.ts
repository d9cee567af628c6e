import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { dialectOf, sqliteFilePath } from "./dialect";
import { findLiveServers, HEARTBEAT_STALE_MS, type LiveServer } from "./server-heartbeat";

const run = promisify(execFile);

/**
 * Backups of the whole database, for `npm run db:backup` / `npm run db:restore`:
 * SQLite through its online backup (consistent while the app keeps serving and writing),
 * PostgreSQL through pg_dump's custom format (restored with pg_restore).
 */
export function defaultBackupFile(url: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join("data", "backups", `tracker-${stamp}.${dialectOf(url) === "sqlite" ? "db" : "dump"}`);
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (dialectOf(url) === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return;
  }
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url]);
}

/**
 * Replaces the database's content with the backup's: on SQLite the file is overwritten, on
 * PostgreSQL every table is dropped and recreated from the dump. Refused while an app server
 * serves the database (its heartbeat is fresh): it would go on answering from what it holds
 * and report writes as done that the restored database never gets.
 */
export async function restoreDatabase(file: string, url: string, now = new Date()): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}`);
  const live = await findLiveServers(url, now);
  if (live.length > 0) throw new Error(describeLiveServers(live, now));
  if (dialectOf(url) === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const target = sqliteFilePath(url);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(target);
    } finally {
      backup.close();
    }
    return;
  }
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", `--dbname=${url}`, file]);
}

function describeLiveServers(live: LiveServer[], now: Date): string {
  const servers = live
    .map((server) => {
      const seconds = Math.max(0, Math.round((now.getTime() - server.seenAt.getTime()) / 1000));
      return `pid ${server.pid} on ${server.host}, seen ${seconds} s ago`;
    })
    .join("; ");
  return (
    `${live.length === 1 ? "An app server is" : `${live.length} app servers are`} serving this database (${servers}). ` +
    `A restore under it would lose every write it reports as done. Stop it first (Ctrl-C where npm start runs, ` +
    `or kill <pid> on that host), then run the restore again. A server that was killed without stopping is ` +
    `forgotten ${HEARTBEAT_STALE_MS / 1000} s after its last heartbeat.`
  );
}
