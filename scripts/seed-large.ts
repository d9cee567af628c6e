// `npm run db:seed:large`: fills DATABASE_URL (SQLite or PostgreSQL) with a synthetic load for
// measuring the views at scale (lib/setup/large-seed.ts: what it generates and how it is
// written), then rebuilds the position history and fills the search index.
// Options: --statements N (default 200000; the number of articles follows), or --articles N
// (default 20000); --statements-per-article N (default 10).
import { readAppEnv } from "@/lib/config/env";
import { createDb } from "@/lib/db/dialect";
import { writeLargeSeed } from "@/lib/setup/large-seed";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const PER_ARTICLE = option("statements-per-article", 10);
const ARTICLES = process.argv.includes("--statements")
  ? Math.max(1, Math.round(option("statements", 200_000) / PER_ARTICLE))
  : option("articles", 20_000);

async function main(): Promise<void> {
  const env = readAppEnv();
  const started = performance.now();
  await setupDatabase({ url: env.DATABASE_URL, seedDemo: false, log });
  const db = createDb(env.DATABASE_URL);
  try {
    const result = await writeLargeSeed(
      db,
      env.DATABASE_URL,
      { articles: ARTICLES, statementsPerArticle: PER_ARTICLE },
      log,
    );
    log(
      `large seed: done in ${((performance.now() - started) / 1000).toFixed(0)} s (rows ${result.seconds.rows.toFixed(0)} s, ` +
        `positions ${result.seconds.positions.toFixed(0)} s, search index ${result.seconds.search.toFixed(0)} s)`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
