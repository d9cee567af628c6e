// `npm run db:backup [-- FILE]`: a consistent copy of DATABASE_URL's database, taken while the
// app runs (SQLite online backup, pg_dump for PostgreSQL); by default under data/backups/.
import { resolveDatabaseUrl } from "@/lib/db/dialect";
import { backupDatabase, defaultBackupFile } from "@/lib/db/backup";
import { log } from "./lib/cli";

async function main(): Promise<void> {
  const url = resolveDatabaseUrl();
  const file = process.argv[2] ?? defaultBackupFile(url);
  await backupDatabase(url, file);
  log(`backup written to ${file}`);
}

main().catch((error: unknown) => {
  log(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
