// `npm run release`: writes the next numbered, dated release of the Data Package to the
// releases directory (RELEASES_DIR, default data/releases), served at
// /download/releases/<version>.zip and listed with its changes at /download/releases.
// Run it monthly from cron (README); a release is never replaced.
import { localAppUrl, requestCacheInvalidation } from "@/lib/cache/request-invalidation";
import { readAppEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { createRelease, releasesDirectory } from "@/lib/releases/release-store";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";

async function main(): Promise<void> {
  const env = readAppEnv();
  await setupDatabase({ url: env.DATABASE_URL, seedReference: false, seedDemo: false, log });
  try {
    const release = await createRelease();
    const { positions } = release.changes;
    const added = release.changes.rows.statements ?? 0;
    log(
      `release ${release.version} of ${release.created} written to ${releasesDirectory()} (${release.bytes} bytes): ` +
        `${release.contents.rows.statements} statements (${added >= 0 ? "+" : ""}${added}), ` +
        `${positions.length} standing position${positions.length === 1 ? "" : "s"} changed since ${release.previous ?? "the start"}`,
    );
  } finally {
    await getDb().$disconnect();
  }
  // Pinned views link to the release that holds them: their cached pages must learn of it.
  const outcome = await requestCacheInvalidation();
  if (outcome.kind === "invalidated") log(`cached views of ${localAppUrl()} expired`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`release failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
