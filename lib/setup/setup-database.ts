import "server-only";
import fs from "node:fs";
import path from "node:path";
import { describeDatabase } from "@/lib/config/env";
import { createDb, dialectOf, sqliteFilePath } from "@/lib/db/dialect";
import { applyMigrations } from "@/lib/db/migrate";
import { isPositionHistoryMissing, rebuildPositions } from "@/lib/positions/maintain-positions";
import { ensureSearchIndex } from "@/lib/search/search-statements";
import { loadDemoData } from "./demo-data";
import { loadReferenceData } from "./reference-data";

export interface SetupDatabaseOptions {
  url: string;
  migrate?: boolean;
  seedReference?: boolean;
  seedDemo?: boolean;
  /** Receives one line per step. */
  log?: (line: string) => void;
}

/** Creates or migrates the database, then loads reference and demo data; safe to repeat. */
export async function setupDatabase(options: SetupDatabaseOptions): Promise<void> {
  const { url, migrate = true, seedReference = true, seedDemo = true, log = () => {} } = options;
  if (dialectOf(url) === "sqlite") {
    const file = sqliteFilePath(url);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      log(`database: creating ${path.relative(process.cwd(), file) || file}`);
    }
  }
  if (migrate) {
    const result = await applyMigrations(url);
    log(
      result.applied.length > 0
        ? `database: applied ${result.applied.length} migration(s) to ${describeDatabase(url)}: ${result.applied.join(", ")}`
        : `database: ${describeDatabase(url)} is up to date (${result.alreadyApplied} migration(s), none pending)`,
    );
  }
  const db = createDb(url);
  try {
    // A database from before the position history existed: derive it once.
    if (await isPositionHistoryMissing(db)) {
      log(`positions: derived ${await rebuildPositions(db, url)} position intervals from the existing commitments`);
    }
    await ensureSearchIndex(db, url);
    if (!seedReference && !seedDemo) return;
    if (seedReference) {
      const reference = await loadReferenceData(db);
      log(
        `reference data: ${reference.countries} countries and actors (${reference.countriesAdded} new), ` +
          `${reference.speakers} speakers (${reference.speakersAdded} new)`,
      );
    }
    if (seedDemo) {
      const demo = await loadDemoData(db);
      log(
        demo.status === "loaded"
          ? `demo data: loaded ${demo.articles} articles with ${demo.commitments} commitments`
          : `demo data: skipped, ${demo.reason}`,
      );
    } else {
      log("demo data: skipped (SEED_DEMO=0)");
    }
  } finally {
    await db.$disconnect();
  }
}
