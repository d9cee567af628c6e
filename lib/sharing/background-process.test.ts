import os from "node:os";
import { describe, expect, it } from "vitest";
import { BACKGROUND_PRIORITY, spawnInBackground } from "./background-process";

describe("spawnInBackground", () => {
  it("runs the child at the background priority, below the server's", async () => {
    const child = spawnInBackground(process.execPath, ["-e", "setTimeout(() => {}, 2000)"], { stdio: "ignore" });
    try {
      expect(os.getPriority(child.pid!)).toBe(Math.max(BACKGROUND_PRIORITY, os.getPriority()));
    } finally {
      child.kill();
    }
  });
});
