import { describe, expect, it } from "vitest";
import { CACHE_EXPIRY_LISTENERS } from "@/lib/http/shared-view-cache.mjs";
import { onCacheExpiry, ReadsUnderWay } from "./reads-under-way";

/** A read that settles when the test says so, counting how often it was started. */
function controlledRead() {
  const control = { started: 0, finish: (_value: string) => {}, fail: (_error: Error) => {} };
  const read = () => {
    control.started += 1;
    return new Promise<string>((resolve, reject) => {
      control.finish = resolve;
      control.fail = reject;
    });
  };
  return { control, read };
}

describe("ReadsUnderWay", () => {
  it("gives a second caller of the same key the read under way, and a caller of another key its own", async () => {
    const reads = new ReadsUnderWay();
    const { control, read } = controlledRead();
    const first = reads.join("country:fr", read);
    const second = reads.join("country:fr", read);
    const other = reads.join("country:de", async () => "de");
    control.finish("fr");
    expect(await Promise.all([first, second, other])).toEqual(["fr", "fr", "de"]);
    expect(control.started).toBe(1);
  });

  it("starts a new read once the one under way has settled, and passes a failure to every caller without keeping it", async () => {
    const reads = new ReadsUnderWay();
    const { control, read } = controlledRead();
    const first = reads.join("matrix", read);
    const second = reads.join("matrix", read);
    control.fail(new Error("database gone"));
    await expect(first).rejects.toThrow("database gone");
    await expect(second).rejects.toThrow("database gone");
    const third = reads.join("matrix", read);
    control.finish("again");
    expect(await third).toBe("again");
    expect(control.started).toBe(2);
  });

  it("hands no read begun before an expiry to a caller that asks after it", async () => {
    const reads = new ReadsUnderWay();
    onCacheExpiry(() => reads.forget());
    const before = controlledRead();
    const beforeExpiry = reads.join("matrix", before.read);
    // What lib/cache/shared-cache-handler.mjs does on a publish, a correction or a retraction.
    for (const listener of (globalThis as Record<symbol, Set<(tags: string[]) => void>>)[CACHE_EXPIRY_LISTENERS]!)
      listener(["positions"]);
    const after = controlledRead();
    const afterExpiry = reads.join("matrix", after.read);
    before.control.finish("old");
    after.control.finish("new");
    expect(await beforeExpiry).toBe("old");
    expect(await afterExpiry).toBe("new");
  });
});
