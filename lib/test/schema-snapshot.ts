import { describeSchema, listIndexNames, openRawConnection, resolveDatabaseUrl } from "@/lib/db/dialect";

/** The test database's tables, columns and index names now: a bulk load must leave them as it found them. */
export async function schemaSnapshot(): Promise<{ schema: string[]; indexes: string[] }> {
  const connection = await openRawConnection(resolveDatabaseUrl());
  try {
    return { schema: await describeSchema(connection), indexes: (await listIndexNames(connection)).sort() };
  } finally {
    await connection.close();
  }
}
