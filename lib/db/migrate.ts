/**
 * Applies the committed SQL migrations (prisma/migrations/<dialect>/<name>/migration.sql)
 * in name order, each in its own transaction, recording them in Prisma's
 * `_prisma_migrations` table with Prisma's checksum (sha256 of the file). Prisma's own
 * `migrate deploy` needs about 11 s per run on PostgreSQL here (its adapter idles before
 * exiting), and it would run on every start; this does the same work in milliseconds and
 * stays compatible with `prisma migrate status`. See README, "Migrations".
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dialectOf, MIGRATIONS_TABLE_DDL, openRawConnection } from "./dialect";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export function migrationsDir(dialect: "sqlite" | "postgresql", root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", dialect === "sqlite" ? "sqlite" : "postgres");
}

export function readMigrations(dir: string): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export async function applyMigrations(url: string, root = process.cwd()): Promise<MigrationResult> {
  const dialect = dialectOf(url);
  const migrations = readMigrations(migrationsDir(dialect, root));
  const connection = await openRawConnection(url);
  try {
    await connection.executeScript(MIGRATIONS_TABLE_DDL[dialect]);
    const rows = await connection.query<{ migration_name: string; checksum: string }>(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied; add a new migration instead (npm run db:new-migration).`,
          );
        }
        continue;
      }
      await connection.transaction(async (tx) => {
        await tx.executeScript(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES (?, ?, ?, ?, ?, 1)`,
          [crypto.randomUUID(), migration.checksum, migration.name, new Date().toISOString(), new Date().toISOString()],
        );
      });
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await connection.close();
  }
}
