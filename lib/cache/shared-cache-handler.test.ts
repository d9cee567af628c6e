import { describe, expect, it } from "vitest";
import { parseInvalidation, TaggedMemoryStore } from "./shared-cache-handler.mjs";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const fetchEntry = (body: string, tags: string[]) => ({
  kind: "FETCH",
  data: { headers: {}, body, status: 200, url: "" },
  revalidate: 300,
  tags,
});
const pageEntry = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});

describe("the per-process cache store", () => {
  it("answers what was set until one of the entry's tags is expired, then answers nothing", () => {
    const time = clock();
    const store = new TaggedMemoryStore({ now: time.now });
    store.set("matrix", fetchEntry("[1]", ["tracker:positions"]), { fetchCache: true, tags: ["tracker:positions"] });
    store.set("search", fetchEntry("[2]", ["tracker:statements"]), { fetchCache: true, tags: ["tracker:statements"] });
    time.advance(5);
    expect(store.get("matrix", { kind: "FETCH" })?.value).toMatchObject({ data: { body: "[1]" } });

    store.expireTags(["tracker:positions"], { expire: 0 });
    expect(store.get("matrix", { kind: "FETCH" })).toBeNull();
    expect(store.get("search", { kind: "FETCH" })?.value).toMatchObject({ data: { body: "[2]" } });
    // Computed again after the invalidation, the entry is good again.
    time.advance(5);
    store.set("matrix", fetchEntry("[3]", ["tracker:positions"]), { fetchCache: true, tags: ["tracker:positions"] });
    expect(store.get("matrix", { kind: "FETCH" })?.value).toMatchObject({ data: { body: "[3]" } });
  });

  it("does not keep what was computed from data read before one of its tags expired", () => {
    const time = clock();
    const store = new TaggedMemoryStore({ now: time.now });
    const tags = ["tracker:positions"];
    // A render misses, reads the matrix, and a retraction's expiry lands before it stores.
    expect(store.get("matrix", { kind: "FETCH" })).toBeNull();
    time.advance(5);
    store.expireTags(tags, { expire: 0 });
    time.advance(5);
    store.set("matrix", fetchEntry("[before the retraction]", tags), { fetchCache: true, tags });
    expect(store.get("matrix", { kind: "FETCH" })).toBeNull();
    // The render after the expiry is kept; so is one with no expiry of its tags meanwhile.
    store.set("matrix", fetchEntry("[after]", tags), { fetchCache: true, tags });
    expect(store.get("matrix", { kind: "FETCH" })?.value).toMatchObject({ data: { body: "[after]" } });
    expect(store.get("search", { kind: "FETCH" })).toBeNull();
    store.expireTags(["tracker:statements:other"], { expire: 0 });
    store.set("search", fetchEntry("[s]", tags), { fetchCache: true, tags });
    expect(store.get("search", { kind: "FETCH" })?.value).toMatchObject({ data: { body: "[s]" } });
    // After a gap in the invalidations heard, nothing computed before it is kept.
    expect(store.get("country", { kind: "FETCH" })).toBeNull();
    store.clear();
    store.set("country", fetchEntry("[c]", tags), { fetchCache: true, tags });
    expect(store.get("country", { kind: "FETCH" })).toBeNull();
  });

  it("reads a page's tags from its x-next-cache-tags header, and a path's implicit tags from the request", () => {
    const time = clock();
    const store = new TaggedMemoryStore({ now: time.now });
    store.set("/about", pageEntry("<p>about</p>", ["tracker:positions", "_N_T_/about"]), { cacheControl: { revalidate: 300 } });
    store.set("data", fetchEntry("{}", []), { fetchCache: true, tags: [] });
    time.advance(5);
    expect(store.get("/about")?.cacheControl).toEqual({ revalidate: 300 });

    store.expireTags(["tracker:positions"]);
    expect(store.get("/about")).toBeNull();
    store.expireTags(["_N_T_/layout"]);
    expect(store.get("data", { kind: "FETCH", softTags: ["_N_T_/layout"] })).toBeNull();
  });

  it("answers an entry whose tag went stale (a later expiry) as stale once, and drops it when the tag expires", () => {
    const time = clock();
    const store = new TaggedMemoryStore({ now: time.now });
    store.set("country", fetchEntry("[1]", ["tracker:country:DK"]), { fetchCache: true, tags: ["tracker:country:DK"] });
    time.advance(5);
    store.expireTags(["tracker:country:DK"], { expire: 60 });
    const stale = store.get("country", { kind: "FETCH" });
    expect(stale?.value).toMatchObject({ data: { body: "[1]" } });
    // Next recomputes an entry this old in the background and serves it meanwhile.
    expect(stale?.lastModified).toBe(1);
    time.advance(61_000);
    expect(store.get("country", { kind: "FETCH" })).toBeNull();
  });

  it("keeps within its byte budget, dropping the least recently used entry first", () => {
    const store = new TaggedMemoryStore({ maxBytes: 3_000 });
    const body = "x".repeat(900);
    for (const key of ["a", "b", "c"]) store.set(key, fetchEntry(body, []), { fetchCache: true });
    expect(store.get("a")).not.toBeNull();
    store.set("d", fetchEntry(body, []), { fetchCache: true });
    expect(store.bytes).toBeLessThanOrEqual(3_000);
    expect(store.get("b")).toBeNull();
    for (const key of ["a", "c", "d"]) expect(store.get(key), key).not.toBeNull();
    // An entry larger than the whole budget is not kept at all.
    store.set("huge", fetchEntry("y".repeat(10_000), []), { fetchCache: true });
    expect(store.get("huge")).toBeNull();
    expect(store.bytes).toBeLessThanOrEqual(3_000);
  });

  it("measures a data cache entry by its body, already serialised, without serialising it again", () => {
    const store = new TaggedMemoryStore();
    // Serialised again, each quote would be escaped and the entry counted at twice its size.
    const body = JSON.stringify(Array.from({ length: 50 }, () => ({ quote: '"said"' })));
    store.set("quotes", fetchEntry(body, []), { fetchCache: true });
    expect(store.bytes).toBe("quotes".length + body.length);
  });

  it("forgets everything on clear (after a gap in the invalidations heard)", () => {
    const store = new TaggedMemoryStore();
    store.set("a", fetchEntry("1", ["t"]), { fetchCache: true, tags: ["t"] });
    store.clear();
    expect(store.get("a")).toBeNull();
    expect(store.bytes).toBe(0);
  });
});

describe("an invalidation message", () => {
  it("is read back as it was sent", () => {
    const sent = { origin: "instance-a", tags: ["tracker:positions", "tracker:statements"], durations: { expire: 0 } };
    expect(parseInvalidation(JSON.stringify(sent))).toEqual(sent);
    expect(parseInvalidation(JSON.stringify({ origin: "a", tags: ["t"] }))).toEqual({ origin: "a", tags: ["t"] });
  });

  it("is ignored when it is not one of ours", () => {
    const malformed = [
      "",
      "not json",
      "null",
      "[]",
      JSON.stringify({ tags: ["t"] }),
      JSON.stringify({ origin: "a", tags: [] }),
      JSON.stringify({ origin: "a", tags: "t" }),
      JSON.stringify({ origin: "a", tags: [1] }),
      JSON.stringify({ origin: "a", tags: [""] }),
      JSON.stringify({ origin: "a", tags: ["x".repeat(257)] }),
      JSON.stringify({ origin: "a", tags: Array.from({ length: 65 }, (_, i) => `t${i}`) }),
      JSON.stringify({ origin: "a", tags: ["t"], durations: { expire: -1 } }),
      JSON.stringify({ origin: "a", tags: ["t"], durations: "soon" }),
    ];
    for (const payload of malformed) expect(parseInvalidation(payload), payload).toBeNull();
  });
});
