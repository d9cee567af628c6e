import { describe, expect, it } from "vitest";
import { readAppEnv } from "./env";

describe("readAppEnv", () => {
  it("defaults to the SQLite file under data/, port 3000 and the demo data", () => {
    expect(readAppEnv({})).toEqual({ DATABASE_URL: "file:./data/tracker.db", PORT: 3000, SEED_DEMO: "1" });
  });

  it("accepts a PostgreSQL URL, a port and SEED_DEMO=0", () => {
    const env = readAppEnv({ DATABASE_URL: "postgresql://127.0.0.1:5432/test", PORT: "4000", SEED_DEMO: "0" });
    expect(env).toEqual({ DATABASE_URL: "postgresql://127.0.0.1:5432/test", PORT: 4000, SEED_DEMO: "0" });
  });

  it("refuses an unknown database scheme, a bad port and a bad SEED_DEMO", () => {
    expect(() => readAppEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(/DATABASE_URL/);
    expect(() => readAppEnv({ PORT: "99999" })).toThrow(/PORT/);
    expect(() => readAppEnv({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO/);
  });
});
