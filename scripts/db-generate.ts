// Writes prisma/postgres/schema.prisma from prisma/schema.prisma and generates both Prisma
// clients (lib/db/generated/{sqlite,postgres}). Runs on postinstall. Prisma needs a
// DATABASE_URL of the right scheme to generate; the hosts below are never contacted.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { toPostgresSchema } from "../lib/db/schema-sync";

fs.writeFileSync("prisma/postgres/schema.prisma", toPostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8")));

const targets = [
  { config: "prisma/sqlite.config.ts", url: "file:./data/prisma-generate.db" },
  { config: "prisma/postgres.config.ts", url: "postgresql://generate@localhost:1/generate" },
];
for (const target of targets) {
  const result = spawnSync("node_modules/.bin/prisma", ["generate", "--config", target.config], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log("[tracker] prisma: generated the SQLite and PostgreSQL clients");
