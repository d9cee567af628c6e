// `npm run db:backup` / `npm run db:restore` round-trip every record, on both engines.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPublishedArticle } from "@/lib/test/factories";
import { backupDatabase, restoreDatabase } from "./backup";
import { getDb } from "./client";
import { HEARTBEAT_STALE_MS, startServerHeartbeat } from "./server-heartbeat";
import { dialectOf, openRawConnection } from "./dialect";

const url = process.env.DATABASE_URL!;
const adminUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-backup-"));
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Every table with its rows, each row as sorted JSON, the rows sorted: a fingerprint of content. */
async function contentOf(databaseUrl: string): Promise<Record<string, { rows: number; digest: string }>> {
  const connection = await openRawConnection(databaseUrl);
  try {
    const tables =
      connection.dialect === "sqlite"
        ? await connection.query<{ name: string }>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
        : await connection.query<{ name: string }>(
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
          );
    const content: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const rows = await connection.query<Record<string, unknown>>(`SELECT * FROM "${name}"`);
      const lines = rows
        .map((row) =>
          JSON.stringify(
            Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))),
            (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
          ),
        )
        .sort();
      content[name] = { rows: rows.length, digest: crypto.createHash("sha256").update(lines.join("\n")).digest("hex") };
    }
    return content;
  } finally {
    await connection.close();
  }
}

async function emptyTargetDatabase(): Promise<string> {
  if (dialectOf(url) === "sqlite") return `file:${path.join(scratch, "restored.db")}`;
  const name = `tracker_restore_${process.pid}_${Date.now()}`;
  const admin = await openRawConnection(adminUrl);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.close();
  cleanups.push(async () => {
    const connection = await openRawConnection(adminUrl);
    await connection.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await connection.close();
  });
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  return target.toString();
}

describe("backup and restore", () => {
  it("round-trip every record of every table", async () => {
    await createPublishedArticle({
      published: "2026-01-20",
      positions: [
        {
          country: "NO",
          commitment: "maritime",
          stance: "committed",
          sentence: "Norway will send a frigate to the Black Sea, its minister said.",
        },
      ],
    });
    const source = await contentOf(url);
    expect(source.Article?.rows).toBeGreaterThan(0);
    const file = path.join(scratch, dialectOf(url) === "sqlite" ? "backup.db" : "backup.dump");
    await backupDatabase(url, file);
    const target = await emptyTargetDatabase();
    await restoreDatabase(file, target);
    expect(await contentOf(target)).toEqual(source);
  }, 60_000);

  it("refuses to restore while an app server serves the database, saying how to stop it, and writes nothing", async () => {
    const file = path.join(scratch, dialectOf(url) === "sqlite" ? "while-serving.db" : "while-serving.dump");
    await backupDatabase(url, file);
    await createPublishedArticle({
      published: "2026-01-21",
      positions: [
        { country: "DK", commitment: "air", stance: "committed", sentence: "Denmark will send two jets, it said." },
      ],
    });
    const { ServerHeartbeat: _none, ...before } = await contentOf(url);
    const stopHeartbeat = startServerHeartbeat(getDb());
    try {
      await expect.poll(async () => getDb().serverHeartbeat.count()).toBeGreaterThan(0);
      await expect(restoreDatabase(file, url)).rejects.toThrow(
        new RegExp(`An app server is serving this database \\(pid ${process.pid} on .*Stop it first`),
      );
      const { ServerHeartbeat: _heartbeat, ...after } = await contentOf(url);
      expect(after).toEqual(before);
      // A server killed without stopping is forgotten once its heartbeat is stale.
      const later = new Date(Date.now() + HEARTBEAT_STALE_MS + 1000);
      await expect(restoreDatabase(path.join(scratch, "missing.db"), url, later)).rejects.toThrow(/No backup at/);
    } finally {
      await stopHeartbeat();
    }
    expect(await getDb().serverHeartbeat.count()).toBe(0);
  }, 60_000);
});
