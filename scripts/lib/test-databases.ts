// Disposable databases for the integration and browser suites: a fresh SQLite file, or a
// fresh PostgreSQL database on the local server, created, migrated, used once and dropped.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isLocalDatabaseUrl, openRawConnection, redactUrl } from "@/lib/db/dialect";
import { setupDatabase } from "@/lib/setup/setup-database";

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createSqliteTestDatabase(
  label: string,
  options: { seedDemo?: boolean } = {},
): Promise<TestDatabase> {
  const file = path.join(os.tmpdir(), `tracker-${label}-${process.pid}-${Date.now()}.db`);
  const url = `file:${file}`;
  await setupDatabase({ url, seedDemo: options.seedDemo ?? false });
  return {
    url,
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Resolves to a reason string when the PostgreSQL server cannot be used. */
export async function checkPostgres(adminUrl: string): Promise<string | null> {
  if (!isLocalDatabaseUrl(adminUrl)) return `refusing a PostgreSQL server that is not local (${redactUrl(adminUrl)})`;
  try {
    const connection = await openRawConnection(adminUrl);
    await connection.close();
    return null;
  } catch (error) {
    return `cannot reach PostgreSQL at ${redactUrl(adminUrl)}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function createPostgresTestDatabase(adminUrl: string, label: string): Promise<TestDatabase> {
  const name = `tracker_${label}_${process.pid}_${Date.now()}`.replace(/\W/g, "_");
  const admin = await openRawConnection(adminUrl);
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.close();
  }
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  await setupDatabase({ url, seedDemo: false });
  return {
    url,
    drop: async () => {
      const connection = await openRawConnection(adminUrl);
      try {
        await connection.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await connection.close();
      }
    },
  };
}
