// Prepares the app: environment check, database migration, reference and demo data, and a
// production build when none exists. `npm start` runs this and then serves; flags let the
// db:* scripts run single steps.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { readAppEnv } from "@/lib/config/env";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log, nextBin } from "./lib/cli";

export async function runSetup(argv: string[] = process.argv.slice(2)): Promise<ReturnType<typeof readAppEnv>> {
  const env = readAppEnv();
  log(
    `environment: ok (database ${env.DATABASE_URL.startsWith("file:") ? "SQLite" : "PostgreSQL"}, port ${env.PORT}, demo data ${env.SEED_DEMO === "1" ? "on" : "off"})`,
  );
  await setupDatabase({
    url: env.DATABASE_URL,
    migrate: !argv.includes("--no-migrate"),
    seedReference: !argv.includes("--no-seed"),
    seedDemo: !argv.includes("--no-seed") && env.SEED_DEMO === "1",
    log,
  });
  if (!argv.includes("--no-build")) {
    if (fs.existsSync(".next/BUILD_ID")) {
      log("build: using the existing production build in .next (run `npm run build` after changing the code)");
    } else {
      log("build: no production build yet, running `next build` (about a minute)");
      const started = Date.now();
      const result = spawnSync(nextBin(), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
      if (result.status !== 0) throw new Error("next build failed");
      log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  return env;
}

if (process.argv[1]?.endsWith("setup.ts")) {
  runSetup().catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
