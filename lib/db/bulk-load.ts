import "server-only";
import type { Dialect } from "./dialect";

/** What a bulk load needs of a connection, inside the transaction that holds the load. */
export interface BulkLoadSql {
  dialect: Dialect;
  query<T>(sql: string): Promise<T[]>;
  execute(sql: string): Promise<void>;
}

/**
 * Runs `load` with the secondary indexes of `tables` dropped (the unique ones and the search
 * index among them; on PostgreSQL their foreign keys too), then makes each again from its own
 * definition, once over all the rows: for filling tables nobody reads meanwhile (the large
 * seed), where keeping every index up to date row by row cost most of the time (PostgreSQL,
 * 284,000 position rows: 36 s with the indexes, 7 s without and 9 s to make them after). Run
 * it inside a transaction: DDL is transactional on both engines, so a failure leaves the
 * schema as it was, and the tables are locked against readers until it commits.
 */
export async function withSecondaryIndexesDropped<T>(
  sql: BulkLoadSql,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<{ result: T; indexes: number; foreignKeys: number }> {
  if (sql.dialect === "sqlite") {
    const indexes = await sql.query<{ name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map((table) => `'${table}'`).join(", ")})`,
    );
    for (const index of indexes) await sql.execute(`DROP INDEX "${index.name}"`);
    const result = await load();
    for (const index of indexes) await sql.execute(index.sql);
    return { result, indexes: indexes.length, foreignKeys: 0 };
  }
  // Index builds sort in memory when they can; the default 64 MB spills a million rows to disk.
  await sql.execute("SET LOCAL maintenance_work_mem = '256MB'");
  const indexes = await sql.query<{ name: string; definition: string }>(
    `SELECT i.indexname::text AS name, i.indexdef::text AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename IN (${tables.map((table) => `'${table}'`).join(", ")})
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)`,
  );
  const keys = await sql.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS "table", conname::text AS name, pg_get_constraintdef(oid)::text AS definition
     FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
       AND conrelid::regclass::text IN (${tables.map((table) => `'"${table}"'`).join(", ")})`,
  );
  for (const key of keys) await sql.execute(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await sql.execute(`DROP INDEX "${index.name}"`);
  const result = await load();
  for (const index of indexes) await sql.execute(index.definition);
  for (const key of keys) await sql.execute(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
  return { result, indexes: indexes.length, foreignKeys: keys.length };
}
