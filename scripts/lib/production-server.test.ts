import { describe, expect, it } from "vitest";
import { productionServerArgs, productionServerEnv } from "./production-server";

describe("productionServerArgs", () => {
  it("runs scripts/serve.mjs on the port and host with the server's heap limit", () => {
    expect(productionServerArgs(3000, "0.0.0.0", {})).toEqual([
      "--max-old-space-size=384",
      "scripts/serve.mjs",
      "3000",
      "0.0.0.0",
    ]);
  });

  it("takes SERVER_HEAP_MB when it is a whole number of at least 128, the default otherwise", () => {
    expect(productionServerArgs(1, "h", { SERVER_HEAP_MB: "1024" })[0]).toBe("--max-old-space-size=1024");
    for (const garbled of ["64", "lots", "512.5", ""]) {
      expect(productionServerArgs(1, "h", { SERVER_HEAP_MB: garbled })[0]).toBe("--max-old-space-size=384");
    }
  });
});

describe("productionServerEnv", () => {
  it("gives the server two malloc arenas unless MALLOC_ARENA_MAX is set, and keeps the rest of the environment", () => {
    const env = (variables: Record<string, string>) => variables as unknown as NodeJS.ProcessEnv;
    expect(productionServerEnv(env({ PORT: "3000" }))).toEqual({ PORT: "3000", MALLOC_ARENA_MAX: "2" });
    expect(productionServerEnv(env({ MALLOC_ARENA_MAX: "8" })).MALLOC_ARENA_MAX).toBe("8");
    expect(productionServerEnv(env({ MALLOC_ARENA_MAX: "" })).MALLOC_ARENA_MAX).toBe("2");
  });
});
