// `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma, writes the SQL
// that takes both engines from the last committed schema (git HEAD) to the edited one, as
// prisma/migrations/{sqlite,postgres}/<timestamp>_<name>/migration.sql, and regenerates the
// PostgreSQL schema and both clients. Offline: `prisma migrate diff` with the JS engine;
// never `migrate dev` (see README). PostgreSQL must be reachable (TEST_POSTGRES_URL or the
// local default) because Prisma's JS engine connects even for a schema-to-schema diff.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { toPostgresSchema } from "../lib/db/schema-sync";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-migration-"));
const previousSqlite = path.join(scratch, "previous.prisma");
const previousPostgres = path.join(scratch, "previous-postgres.prisma");
fs.writeFileSync(previousSqlite, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
fs.writeFileSync(previousPostgres, toPostgresSchema(fs.readFileSync(previousSqlite, "utf8")));
fs.writeFileSync("prisma/postgres/schema.prisma", toPostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8")));

const targets = [
  {
    dir: "prisma/migrations/sqlite",
    config: "prisma/sqlite.config.ts",
    previous: previousSqlite,
    next: "prisma/schema.prisma",
    url: `file:${path.join(scratch, "diff.db")}`,
  },
  {
    dir: "prisma/migrations/postgres",
    config: "prisma/postgres.config.ts",
    previous: previousPostgres,
    next: "prisma/postgres/schema.prisma",
    url: process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test",
  },
];

for (const target of targets) {
  const sql = execFileSync(
    "node_modules/.bin/prisma",
    [
      "migrate",
      "diff",
      "--config",
      target.config,
      "--from-schema-datamodel",
      target.previous,
      "--to-schema-datamodel",
      target.next,
      "--script",
    ],
    {
      env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.error(`No schema change found for ${target.dir}; nothing written.`);
    process.exit(1);
  }
  fs.mkdirSync(path.join(target.dir, folder), { recursive: true });
  fs.writeFileSync(path.join(target.dir, folder, "migration.sql"), sql);
  console.log(`[tracker] wrote ${target.dir}/${folder}/migration.sql`);
}
fs.rmSync(scratch, { recursive: true, force: true });
execFileSync("node_modules/.bin/tsx", ["scripts/db-generate.ts"], { stdio: "inherit" });
