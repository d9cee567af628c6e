// The server the browser journeys run against: a fresh database (migrated, reference and
// demo data loaded) and the production build under scripts/serve.mjs, started as `npm start` starts it.
// Never the user's database.
import { spawn } from "node:child_process";
import { readAppEnv } from "@/lib/config/env";
import { isLocalDatabaseUrl, redactUrl } from "@/lib/db/dialect";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";
import { productionServerArgs, productionServerEnv } from "./lib/production-server";

async function main(): Promise<void> {
  const env = readAppEnv();
  if (!process.env.DATABASE_URL || process.env.DATABASE_URL === "file:./data/tracker.db") {
    throw new Error("e2e-server needs its own DATABASE_URL (playwright.config.ts sets one)");
  }
  if (!isLocalDatabaseUrl(env.DATABASE_URL)) {
    throw new Error(
      `Refusing to run browser journeys against a database that is not local: ${redactUrl(env.DATABASE_URL)}`,
    );
  }
  await setupDatabase({ url: env.DATABASE_URL, log });
  const server = spawn(process.execPath, productionServerArgs(env.PORT, "127.0.0.1"), {
    stdio: "inherit",
    env: productionServerEnv(),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
