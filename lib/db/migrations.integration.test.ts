// The committed migration history must build exactly the database that the Prisma schema
// describes, on the engine under test. Fails when someone edits schema.prisma without
// adding a migration (npm run db:new-migration), or hand-edits a migration.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeSchema, dialectOf, openRawConnection } from "./dialect";
import { applyMigrations } from "./migrate";

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

  it("apply nothing the second time", async () => {
    const result = await applyMigrations(url);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBeGreaterThan(0);
  });
});
