// Prisma CLI config for the SQLite schema: the JS schema engine with the libsql adapter,
// so `prisma migrate diff` works offline (no native engine download).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations/sqlite" },
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL ?? "file:./data/tracker.db" }),
});
