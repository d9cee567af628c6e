import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { toPostgresSchema } from "./schema-sync";

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only the provider and output changed (run `npm run db:generate` if this fails)", () => {
    const sqlite = fs.readFileSync("prisma/schema.prisma", "utf8");
    const postgres = fs.readFileSync("prisma/postgres/schema.prisma", "utf8");
    expect(postgres).toBe(toPostgresSchema(sqlite));
  });

  it("both migration histories have the same migrations", () => {
    const sqlite = fs.readdirSync("prisma/migrations/sqlite").filter((name) => !name.endsWith(".toml"));
    const postgres = fs.readdirSync("prisma/migrations/postgres").filter((name) => !name.endsWith(".toml"));
    expect(postgres).toEqual(sqlite);
  });

  it("refuses a schema that no longer names the sqlite provider", () => {
    expect(() => toPostgresSchema('datasource db { provider = "mysql" }')).toThrow();
  });
});
