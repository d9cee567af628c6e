// The committed migration history must build exactly the database that the Prisma schema
// describes, on the engine under test. Fails when someone edits schema.prisma without
// adding a migration (npm run db:new-migration), or hand-edits a migration.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeSchema, dialectOf, INDEXES_OUTSIDE_PRISMA, listIndexNames, openRawConnection } from "./dialect";
import { applyMigrations, migrationsDir, readMigrations } from "./migrate";

const ONE_OPEN_DRAFT_MIGRATION = "20261206174000_one_open_draft_per_paste";

const url = process.env.DATABASE_URL!;
const dialect = dialectOf(url);
const scratchName = `tracker_scratch_${process.pid}`;

function scratchUrl(): string {
  if (dialect === "sqlite") return `file:${path.join(os.tmpdir(), `${scratchName}.db`)}`;
  const parsed = new URL(url);
  parsed.pathname = `/${scratchName}`;
  return parsed.toString();
}

async function withAdminConnection(work: (sql: (text: string) => Promise<void>) => Promise<void>) {
  const connection = await openRawConnection(url);
  try {
    await work(async (text) => void (await connection.query(text)));
  } finally {
    await connection.close();
  }
}

afterAll(async () => {
  if (dialect === "sqlite") fs.rmSync(scratchUrl().slice("file:".length), { force: true });
  else await withAdminConnection((sql) => sql(`DROP DATABASE IF EXISTS "${scratchName}"`));
});

describe(`migrations (${dialect})`, () => {
  it("build the same schema as prisma/schema.prisma", async () => {
    const scratch = scratchUrl();
    if (dialect === "postgresql") {
      await withAdminConnection(async (sql) => {
        await sql(`DROP DATABASE IF EXISTS "${scratchName}"`);
        await sql(`CREATE DATABASE "${scratchName}"`);
      });
    }
    const config = dialect === "sqlite" ? "prisma/sqlite.config.ts" : "prisma/postgres.config.ts";
    const schema = dialect === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";
    const fromSchema = execFileSync(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--config", config, "--from-empty", "--to-schema-datamodel", schema, "--script"],
      {
        env: { ...process.env, DATABASE_URL: scratch, CHECKPOINT_DISABLE: "1" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    const scratchConnection = await openRawConnection(scratch);
    const migratedConnection = await openRawConnection(url);
    try {
      await scratchConnection.executeScript(fromSchema);
      const expected = await describeSchema(scratchConnection);
      const actual = await describeSchema(migratedConnection);
      expect(expected.length).toBeGreaterThan(50);
      expect(actual).toEqual(expected);
    } finally {
      await scratchConnection.close();
      await migratedConnection.close();
    }
  });

  it("create the indexes Prisma's schema cannot express", async () => {
    const connection = await openRawConnection(url);
    try {
      expect(await listIndexNames(connection)).toEqual(expect.arrayContaining([...INDEXES_OUTSIDE_PRISMA]));
    } finally {
      await connection.close();
    }
  });

  it("close the duplicate open drafts made before one open draft per paste was enforced", async () => {
    const upgradeName = `${scratchName}_upgrade`;
    const upgradeUrl =
      dialect === "sqlite"
        ? `file:${path.join(os.tmpdir(), `${upgradeName}.db`)}`
        : Object.assign(new URL(url), { pathname: `/${upgradeName}` }).toString();
    const before = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-migrations-"));
    const dir = migrationsDir(dialect);
    for (const migration of readMigrations(dir).filter((m) => m.name < ONE_OPEN_DRAFT_MIGRATION)) {
      fs.cpSync(path.join(dir, migration.name), path.join(migrationsDir(dialect, before), migration.name), {
        recursive: true,
      });
    }
    if (dialect === "postgresql") await withAdminConnection((sql) => sql(`CREATE DATABASE "${upgradeName}"`));
    try {
      await applyMigrations(upgradeUrl, before);
      const connection = await openRawConnection(upgradeUrl);
      try {
        await connection.query(
          `INSERT INTO "user" ("id", "name", "email", "updatedAt") VALUES ('u1', 'E', 'e@x.test', ?)`,
          [dialect === "sqlite" ? Date.now() : new Date()],
        );
        for (const [id, updatedAt] of [
          ["older", "2026-01-01T00:00:00.000Z"],
          ["newer", "2026-01-02T00:00:00.000Z"],
        ]) {
          await connection.query(
            `INSERT INTO "IngestDraft" ("id", "title", "outlet", "publishedOn", "body", "fingerprint", "proposals", "createdById", "updatedAt") VALUES (?, 't', 'o', ?, 'b', 'f', '[]', 'u1', ?)`,
            dialect === "sqlite"
              ? [id, Date.parse("2026-01-01"), Date.parse(updatedAt!)]
              : [id, new Date("2026-01-01"), new Date(updatedAt!)],
          );
        }
        expect((await applyMigrations(upgradeUrl)).applied).toContain(ONE_OPEN_DRAFT_MIGRATION);
        const drafts = await connection.query<{ id: string; status: string }>(
          `SELECT "id", "status" FROM "IngestDraft" ORDER BY "id"`,
        );
        expect(drafts).toEqual([
          { id: "newer", status: "open" },
          { id: "older", status: "superseded" },
        ]);
      } finally {
        await connection.close();
      }
    } finally {
      fs.rmSync(before, { recursive: true, force: true });
      if (dialect === "sqlite") fs.rmSync(upgradeUrl.slice("file:".length), { force: true });
      else await withAdminConnection((sql) => sql(`DROP DATABASE IF EXISTS "${upgradeName}" WITH (FORCE)`));
    }
  });

  it("apply nothing the second time", async () => {
    const result = await applyMigrations(url);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBeGreaterThan(0);
  });
});
