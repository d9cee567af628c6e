import { describe, expect, it } from "vitest";
import { productionServerArgs } from "./production-server";

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
