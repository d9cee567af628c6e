/**
 * The PostgreSQL schema is derived from the SQLite one, never edited by hand: the only
 * differences are the datasource provider and the generated client's output folder.
 * Kept pure so that a unit test can prove the committed copy is current.
 */
export const POSTGRES_SCHEMA_HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit by hand.\n";

export function toPostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output     = "../../lib/db/generated/postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the sqlite provider or the expected client output");
  }
  return POSTGRES_SCHEMA_HEADER + replaced;
}
