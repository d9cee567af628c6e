import { spawnSync } from "node:child_process";
import os from "node:os";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { dialectOf, resolveDatabaseUrl } from "@/lib/db/dialect";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import {
  boolOf,
  dateOf,
  dateOrNull,
  READ_CONNECTIONS_KEPT,
  READ_THREAD_PRIORITY,
  READ_THREADS_KEPT,
  readDialect,
  readersKeptIdle,
  readRows,
  sqliteReadThreadPriority,
  sqliteWorkerReads,
} from "./read-sql";

beforeEach(resetContent);

describe("raw reads (lib/db/read-sql.ts)", () => {
  it("compare and give back instants and booleans as Prisma wrote them, on either engine", async () => {
    await createPublishedArticle({
      published: "2026-02-03",
      positions: [
        { country: "NO", commitment: "maritime", stance: "supports", sentence: "Oslo backs a naval mission." },
      ],
    });
    const written = await getDb().positionInterval.findFirstOrThrow({
      select: { validFrom: true, validUntil: true, recordedFrom: true, contested: true, isStanceChange: true },
    });
    const read = (instant: Date) =>
      readRows(
        `SELECT "validFrom", "validUntil", "recordedFrom", "contested", "isStanceChange" FROM "PositionInterval"
          WHERE "recordedFrom" <= ? AND "isStanceChange" = ?`,
        [instant, true],
      );
    const [row] = await read(written.recordedFrom);
    expect(row).toBeDefined();
    expect(dateOf(row!.validFrom)).toEqual(written.validFrom);
    expect(dateOrNull(row!.validUntil)).toBeNull();
    expect(dateOf(row!.recordedFrom)).toEqual(written.recordedFrom);
    expect(boolOf(row!.contested)).toBe(written.contested);
    expect(boolOf(row!.isStanceChange)).toBe(true);
    // A millisecond earlier than the recorded instant, the row was not recorded yet.
    expect(await read(new Date(written.recordedFrom.getTime() - 1))).toEqual([]);
  });

  it("run on SQLite in the worker threads, not on the thread that serves pages", async () => {
    expect(readDialect()).toBe(dialectOf(resolveDatabaseUrl()));
    const before = sqliteWorkerReads();
    await getMatrixAt("2026-11-30");
    if (readDialect() === "sqlite") expect(sqliteWorkerReads()).toBeGreaterThan(before);
    else expect(sqliteWorkerReads()).toBe(0);
  });

  it("keep one reader while idle (a SQLite thread, a PostgreSQL connection), so a read after a quiet minute starts none", async () => {
    expect(readersKeptIdle()).toBe(readDialect() === "sqlite" ? READ_THREADS_KEPT : READ_CONNECTIONS_KEPT);
    expect(readersKeptIdle()).toBeGreaterThanOrEqual(1);
  });

  it("let a command that read end on its own: the readers kept idle do not hold its process open", () => {
    // A bound for a process that never ends, not a measure of speed: one that hangs is killed.
    const child = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "lib/test/read-once.ts"],
      {
        env: process.env,
        encoding: "utf8",
        timeout: 25_000,
      },
    );
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(child.stdout).toBe("read 1 row\n");
  });

  it("run at a lower priority than the thread that serves pages (Linux: a thread's own nice value)", async () => {
    const priority = await sqliteReadThreadPriority();
    if (readDialect() === "postgresql") expect(priority).toBeNull();
    else if (process.platform === "linux") expect(priority).toBe(Math.max(READ_THREAD_PRIORITY, os.getPriority()));
  });

  it("see a write at once (the worker's connection reads the latest commit)", async () => {
    expect((await getMatrixAt("2026-11-30")).rows).toEqual([]);
    await createPublishedArticle({
      published: "2026-02-03",
      positions: [{ country: "NO", commitment: "air", stance: "considering", sentence: "Norway weighs air policing." }],
    });
    expect((await getMatrixAt("2026-11-30")).rows.map((row) => row.code)).toEqual(["NO"]);
  });

  it("take a country filter's wildcards literally", async () => {
    await createPublishedArticle({
      published: "2026-02-03",
      positions: [{ country: "NO", commitment: "air", stance: "considering", sentence: "Norway weighs air policing." }],
    });
    expect((await getMatrixAt("2026-11-30", { q: "orw" })).rows.map((row) => row.code)).toEqual(["NO"]);
    expect((await getMatrixAt("2026-11-30", { q: "%" })).rows).toEqual([]);
    expect((await getMatrixAt("2026-11-30", { q: "N_rway" })).rows).toEqual([]);
  });
});
