// Prisma CLI config for the PostgreSQL schema, on the same adapter as the app (6.19.3). The
// commands the project runs with it (generate, `migrate diff` from schemas, `migrate status`)
// work with it; only `migrate deploy` needed adapter-pg 7 (it cannot read Postgres' `name`
// columns with 6.19.3), and migrations are applied by lib/db/migrate.ts instead.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "postgres/schema.prisma",
  migrations: { path: "migrations/postgres" },
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/test",
      allowExitOnIdle: true,
    }),
});
