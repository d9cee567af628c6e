// Prisma CLI config for the PostgreSQL schema. The CLI needs adapter-pg 7 (installed as the
// alias @prisma/adapter-pg7): 6.19.3's adapter cannot read Postgres' `name` columns.
import { PrismaPg } from "@prisma/adapter-pg7";
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
