import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { dialectOf, sqliteFilePath } from "./dialect";

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
 * Replaces the database's content with the backup's. Stop the app first: on SQLite the file
 * is overwritten, on PostgreSQL every table is dropped and recreated from the dump.
 */
export async function restoreDatabase(file: string, url: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup at ${file}`);
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
