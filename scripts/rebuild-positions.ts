// `npm run db:rebuild-positions`: recomputes the position history (the read model every
// view reads) from the commitments of DATABASE_URL. The app keeps it up to date on every
// publish, correction and retraction; this is for after a restore, a bulk SQL change, or to
// check that nothing drifted (an integration test proves both ways agree).
import { localAppUrl, requestCacheInvalidation } from "@/lib/cache/request-invalidation";
import { readAppEnv } from "@/lib/config/env";
import { createDb } from "@/lib/db/dialect";
import { rebuildPositions } from "@/lib/positions/maintain-positions";
import { log } from "./lib/cli";

async function main(): Promise<void> {
  const env = readAppEnv();
  const db = createDb(env.DATABASE_URL);
  try {
    const started = performance.now();
    const intervals = await rebuildPositions(db);
    log(`positions: rebuilt ${intervals} position intervals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The running app caches views of the positions; they are expired as after a publish.
    const outcome = await requestCacheInvalidation();
    if (outcome.kind === "invalidated") log(`cache: the views of ${localAppUrl()} expired`);
    else if (outcome.kind === "refused") log(`cache: ${localAppUrl()} refused the expiry (${outcome.status})`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
