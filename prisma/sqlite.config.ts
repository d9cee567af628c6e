// Prisma CLI config for the SQLite schema: the JS schema engine with the better-sqlite3
// adapter, so `prisma migrate diff` works offline (no native engine download).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations/sqlite" },
  adapter: async () =>
    new PrismaBetterSQLite3({ url: (process.env.DATABASE_URL ?? "file:./data/tracker.db").replace(/^file:/, "") }),
});
