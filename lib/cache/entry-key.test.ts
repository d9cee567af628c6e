import { describe, expect, it } from "vitest";
import { entryKeyOf } from "./entry-key";

describe("entryKeyOf", () => {
  it("gives a call that leaves out a trailing null the same key as one that passes it", () => {
    const filters = { types: ["troops"], bloc: null };
    const live = entryKeyOf("matrix", ["2026-03-01", filters, null]);
    expect(entryKeyOf("matrix", ["2026-03-01", filters])).toEqual(live);
    expect(entryKeyOf("matrix", ["2026-03-01", filters, undefined])).toEqual(live);
  });

  it("keeps the arguments that make a question different: a pinned instant, a null before another argument", () => {
    const pinned = entryKeyOf("matrix", ["2026-03-01", {}, new Date("2026-02-01T10:00:00.000Z")]);
    expect(pinned).toEqual(["matrix", '["2026-03-01",{},"2026-02-01T10:00:00.000Z"]']);
    expect(pinned).not.toEqual(entryKeyOf("matrix", ["2026-03-01", {}]));
    expect(entryKeyOf("cell", ["fr", null, "troops"])).toEqual(["cell", '["fr",null,"troops"]']);
    expect(entryKeyOf("about", [])).toEqual(["about", "[]"]);
  });
});
