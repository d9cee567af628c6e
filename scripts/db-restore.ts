// `npm run db:restore -- FILE`: replaces DATABASE_URL's content with a backup made by
// `npm run db:backup`. Refused while an app server serves the database (lib/db/server-heartbeat.ts).
import { resolveDatabaseUrl } from "@/lib/db/dialect";
import { restoreDatabase } from "@/lib/db/backup";
import { log } from "./lib/cli";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("give the backup file: npm run db:restore -- data/backups/tracker-….db");
  await restoreDatabase(file, resolveDatabaseUrl());
  log(`restored ${file}`);
}

main().catch((error: unknown) => {
  log(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
