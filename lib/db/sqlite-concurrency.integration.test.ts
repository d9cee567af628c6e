// SQLite allows one writer at a time across processes. When another process (the ingest
// CLI, user:create, a second test worker) holds the write lock, the app must wait for it,
// not fail with SQLITE_BUSY.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { publishArticle } from "@/lib/ingest/publish-article";
import { uniqueToken } from "@/lib/test/factories";
import { dialectOf, sqliteFilePath } from "./dialect";

const url = process.env.DATABASE_URL!;

/** Starts a process that takes SQLite's write lock, holds it for `holdMs`, and commits. */
function holdWriteLock(holdMs: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    db.prepare("INSERT INTO AuditEvent (id, at, action, entityType, entityId) VALUES (?, ?, 'test.lock', 'test', 'lock')").run("lock-" + Date.now(), Date.now());
    console.log("locked");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url), String(holdMs)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const released = new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited ${code}`)))),
  );
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ released })));
}

describe.runIf(dialectOf(url) === "sqlite")("SQLite with a second writing process", () => {
  it("waits for the other process's write instead of failing", async () => {
    const { released } = await holdWriteLock(700);
    const body = `Greece will send a frigate to the Black Sea. Ref ${uniqueToken()}.`;
    const started = Date.now();
    const result = await publishArticle(getDb(), {
      title: "Athens",
      outlet: "Test",
      url: null,
      publishedOn: new Date("2026-02-01T00:00:00Z"),
      body,
      actorId: null,
      positions: [],
    });
    await released;
    expect(result.status).toBe("created");
    expect(Date.now() - started).toBeGreaterThanOrEqual(300); // it did have to wait
  });
});
