import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { productionServerArgs, productionServerEnv, SERVER_SEMI_SPACE_MB } from "./production-server";

describe("productionServerArgs", () => {
  it("runs scripts/serve.mjs on the port and host with the server's heap limit and young generation", () => {
    expect(productionServerArgs(3000, "0.0.0.0", {})).toEqual([
      "--max-old-space-size=384",
      "--max-semi-space-size=8",
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

  it("gives this Node.js a V8 heap no larger than the old space plus three semi-spaces of the server's size", () => {
    // Node.js 22 and later would otherwise add three semi-spaces of up to 64 MB each (192 MB).
    const flags = productionServerArgs(1, "h", {}).filter((arg) => arg.startsWith("--"));
    const limitMb = Number(
      execFileSync(process.execPath, [...flags, "-p", "v8.getHeapStatistics().heap_size_limit / 1048576"], {
        encoding: "utf8",
        // NODE_OPTIONS could carry heap flags of its own; the server is started with these alone.
        env: { ...process.env, NODE_OPTIONS: "" },
      }).trim(),
    );
    expect(limitMb).toBeGreaterThanOrEqual(384);
    expect(limitMb - 384).toBeLessThanOrEqual(3 * SERVER_SEMI_SPACE_MB);
  });
});

describe("productionServerEnv", () => {
  const env = (variables: Record<string, string>) => variables as unknown as NodeJS.ProcessEnv;

  it("gives the server two malloc arenas and glibc's first mmap threshold unless set, and keeps the rest of the environment", () => {
    expect(productionServerEnv(env({ PORT: "3000" }))).toEqual({
      PORT: "3000",
      MALLOC_ARENA_MAX: "2",
      MALLOC_MMAP_THRESHOLD_: "131072",
    });
    expect(productionServerEnv(env({ MALLOC_ARENA_MAX: "8" })).MALLOC_ARENA_MAX).toBe("8");
    expect(productionServerEnv(env({ MALLOC_ARENA_MAX: "" })).MALLOC_ARENA_MAX).toBe("2");
    expect(productionServerEnv(env({ MALLOC_MMAP_THRESHOLD_: "65536" })).MALLOC_MMAP_THRESHOLD_).toBe("65536");
    expect(productionServerEnv(env({ MALLOC_MMAP_THRESHOLD_: "" })).MALLOC_MMAP_THRESHOLD_).toBe("131072");
  });
});
