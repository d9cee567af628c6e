import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Transaction } from "@/lib/db/client";
import { type BulkLoadSql, withSecondaryIndexesDropped } from "./bulk-load";
import { schemaSnapshot } from "@/lib/test/schema-snapshot";
import { dialectOf, resolveDatabaseUrl } from "./dialect";

function sqlOf(tx: Transaction): BulkLoadSql {
  return {
    dialect: dialectOf(resolveDatabaseUrl()),
    query: (text) => tx.$queryRawUnsafe(text),
    execute: async (text) => void (await tx.$executeRawUnsafe(text)),
  };
}

const indexesOf = async (tx: Transaction, table: string) =>
  (dialectOf(resolveDatabaseUrl()) === "sqlite"
    ? await tx.$queryRawUnsafe<{ name: string }[]>(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' AND sql IS NOT NULL`,
      )
    : await tx.$queryRawUnsafe<{ name: string }[]>(
        `SELECT indexname::text AS name FROM pg_indexes WHERE tablename = '${table}' AND indexname <> '${table}_pkey'`,
      )
  ).map((row) => row.name);

describe("withSecondaryIndexesDropped", () => {
  it("runs the load without the table's secondary indexes and makes each again after it", async () => {
    const before = await schemaSnapshot();
    const outcome = await getDb().$transaction(async (tx) => {
      const present = await indexesOf(tx, "Commitment");
      const dropped = await withSecondaryIndexesDropped(sqlOf(tx), ["Commitment"], async () => {
        expect(await indexesOf(tx, "Commitment")).toEqual([]);
        return "loaded";
      });
      expect((await indexesOf(tx, "Commitment")).sort()).toEqual(present.sort());
      return { dropped, present };
    });
    expect(outcome.dropped.result).toBe("loaded");
    expect(outcome.dropped.indexes).toBe(outcome.present.length);
    expect(outcome.present).toContain("Commitment_createdAt_idx");
    // PostgreSQL: the foreign keys to Statement, Country and User go and come back too.
    expect(outcome.dropped.foreignKeys).toBe(dialectOf(resolveDatabaseUrl()) === "postgresql" ? 3 : 0);
    expect(await schemaSnapshot()).toEqual(before);
  });

  it("leaves the schema as it was when the load fails, with the transaction", async () => {
    const before = await schemaSnapshot();
    await expect(
      getDb().$transaction(async (tx) => {
        await withSecondaryIndexesDropped(sqlOf(tx), ["Commitment", "PositionInterval"], async () => {
          throw new Error("load failed");
        });
      }),
    ).rejects.toThrow("load failed");
    expect(await schemaSnapshot()).toEqual(before);
  });
});
