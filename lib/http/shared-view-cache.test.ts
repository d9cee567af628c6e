import crypto from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { TaggedMemoryStore } from "@/lib/cache/shared-cache-handler.mjs";
import { contentSecurityPolicy } from "./security-headers";
import {
  bodyOf,
  CACHE_EXPIRY_LISTENERS,
  chooseEncoding,
  etagMatches,
  hashedPolicy,
  isPinnedUrl,
  keptPage,
  SharedViewCache,
  sharedViewKey,
} from "./shared-view-cache.mjs";

const NONCE = "bm9uY2Utb2YtdGhlLXJlbmRlcg==";
const HTML = [
  "<!DOCTYPE html><html><head>",
  `<script src="/_next/static/chunks/main.js" async nonce="${NONCE}"></script>`,
  `<style nonce="${NONCE}">body{margin:0}</style></head><body><p>Matrix</p>`,
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script nonce="${NONCE}">self.__next_f.push([1,"a payload"])</script>`,
  "</body></html>",
].join("");

function hashOf(text: string): string {
  return `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;
}

function rendered(overrides: { status?: number; headers?: Record<string, string>; body?: string } = {}) {
  return {
    status: overrides.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy({
        nonce: NONCE,
        pathname: "/",
        isHttps: false,
        isDevelopment: false,
      }),
      "x-frame-options": "DENY",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      ...overrides.headers,
    },
    body: Buffer.from(overrides.body ?? HTML),
  };
}

describe("sharedViewKey", () => {
  const base = { method: "GET", headers: { host: "tracker.example" }, protocol: "https", today: "2026-12-01" };

  it("keys the matrix, a country, a commitment type and a search, each URL by itself, by protocol, host and day", () => {
    expect(sharedViewKey({ ...base, url: "/" })).toBe("https://tracker.example/@2026-12-01");
    expect(sharedViewKey({ ...base, url: "/countries/fr" })).toBe("https://tracker.example/countries/fr@2026-12-01");
    expect(sharedViewKey({ ...base, url: "/?at=2025-01-01" })).toBe(
      "https://tracker.example/?at=2025-01-01@2026-12-01",
    );
    expect(sharedViewKey({ ...base, url: "/countries/fr?at=2025-01-01" })).not.toBe(
      sharedViewKey({ ...base, url: "/countries/fr" }),
    );
    expect(sharedViewKey({ ...base, method: "HEAD", url: "/countries/nato" })).not.toBeNull();
    expect(sharedViewKey({ ...base, url: "/commitments/troops?at=2025-01-01" })).not.toBeNull();
    expect(sharedViewKey({ ...base, url: "/search?q=frigates" })).toBe(
      "https://tracker.example/search?q=frigates@2026-12-01",
    );
  });

  it("keys every public output of a view: API answers, downloads, feeds, embeds, preview and quote cards", () => {
    for (const url of [
      "/api/v1/matrix?types=troops&v=2026-01-01T00:00:00.000Z",
      "/api/v1/countries",
      "/api/v1/countries/fr",
      "/api/v1/commitments/troops",
      "/api/v1/statements?limit=50",
      "/api/v1/changes?from=2026-01-01",
      "/api/cell-preview?country=fr&type=troops",
      "/oembed?url=http%3A%2F%2Ftracker.example%2Fcountries%2Ffr",
      "/download/matrix.csv?bloc=nato",
      "/download/matrix.json",
      "/download/countries/fr.csv",
      "/download/commitments/troops.csv",
      "/feeds/statements.atom",
      "/feeds/corrections.atom",
      "/countries/fr/feed.atom",
      "/commitments/troops/feed.atom",
      "/embed/matrix",
      "/embed/countries/fr",
      "/og/matrix?at=2025-01-01",
      "/og/statements/cm0abc",
      "/statements/cm0abc",
    ]) {
      expect(sharedViewKey({ ...base, url }), url).toBe(`https://tracker.example${url}@2026-12-01`);
    }
  });

  it("leaves everything else to be rendered for the request", () => {
    for (const url of [
      "/countries/FR",
      "/download/data-package.zip",
      "/download/releases/1.0.0.zip",
      "/api/health",
      "/api/ready",
      "/api/v1/countries/fr/extra",
      "/search/feed",
      "/about",
      `/?q=${"x".repeat(600)}`,
    ]) {
      expect(sharedViewKey({ ...base, url }), url).toBeNull();
    }
    expect(sharedViewKey({ ...base, method: "POST", url: "/" })).toBeNull();
    expect(sharedViewKey({ ...base, url: "/", headers: { ...base.headers, rsc: "1" } })).toBeNull();
    expect(sharedViewKey({ ...base, url: "/", headers: { ...base.headers, "next-action": "abc" } })).toBeNull();
    expect(
      sharedViewKey({ ...base, url: "/", headers: { ...base.headers, cookie: "better-auth.session_token=abc.def" } }),
    ).toBeNull();
    expect(sharedViewKey({ ...base, url: "/", headers: { ...base.headers, cookie: "theme=dark" } })).not.toBeNull();
  });
});

describe("hashedPolicy", () => {
  it("replaces the nonce with the hashes of the inline scripts and styles, and drops 'strict-dynamic'", () => {
    const policy = hashedPolicy(rendered().headers["content-security-policy"], HTML);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "));
    const styleSrc = policy.split("; ").find((directive) => directive.startsWith("style-src "));
    expect(policy).not.toContain("nonce-");
    expect(scriptSrc).toBe(
      `script-src 'self' ${hashOf("(self.__next_f=self.__next_f||[]).push([0])")} ${hashOf('self.__next_f.push([1,"a payload"])')}`,
    );
    expect(styleSrc).toBe(`style-src 'self' ${hashOf("body{margin:0}")}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe("keptPage", () => {
  it("keeps a page with its headers, compressed once, under a policy that accepts no nonce", async () => {
    const page = await keptPage(rendered());
    expect(page).not.toBeNull();
    const html = (await bodyOf(page!, "identity")).toString("utf8");
    expect(html).toBe(HTML);
    // Text is kept compressed only: no uncompressed copy beside the two compressed ones.
    expect(page!.bodies.identity).toBeUndefined();
    expect(page!.size).toBe(page!.bodies.gzip!.length + page!.bodies.br!.length);
    expect(await bodyOf(page!, "br")).toBe(page!.bodies.br);
    expect(page!.headers["content-security-policy"]).not.toContain("nonce");
    expect(zlib.gunzipSync(page!.bodies.gzip!).toString("utf8")).toBe(html);
    expect(zlib.brotliDecompressSync(page!.bodies.br!).toString("utf8")).toBe(html);
    expect(page!.headers["x-frame-options"]).toBe("DENY");
    expect(page!.headers["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    expect(page!.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(page!.headers["content-security-policy"]).toContain(hashOf('self.__next_f.push([1,"a payload"])'));
  });

  it("keeps no error page, no other content and no response that sets a cookie", async () => {
    expect(await keptPage(rendered({ status: 404 }))).toBeNull();
    expect(await keptPage(rendered({ headers: { "content-type": "application/octet-stream" } }))).toBeNull();
    expect(await keptPage(rendered({ headers: { "set-cookie": "a=b" } }))).toBeNull();
  });
});

describe("keptPage for the outputs that are not pages", () => {
  it("keeps an API answer, a CSV, a feed as they are (no policy rewritten) and an image uncompressed", async () => {
    const json = await keptPage(
      rendered({
        headers: { "content-type": "application/json", "access-control-allow-origin": "*" },
        body: '{"rows":[]}',
      }),
    );
    expect(json?.headers["access-control-allow-origin"]).toBe("*");
    expect(json?.headers["content-security-policy"]).toBe(rendered().headers["content-security-policy"]);
    expect(zlib.gunzipSync(json!.bodies.gzip!).toString()).toBe('{"rows":[]}');
    for (const type of ["text/csv; charset=utf-8", "application/atom+xml; charset=utf-8"]) {
      expect(await keptPage(rendered({ headers: { "content-type": type } })), type).not.toBeNull();
    }
    const image = await keptPage(rendered({ headers: { "content-type": "image/png" }, body: "PNG" }));
    expect(image?.compressible).toBe(false);
    expect(image?.size).toBe(3);
    expect((await bodyOf(image!, "br")).toString()).toBe("PNG");
    expect(await keptPage(rendered({ headers: { "content-type": "application/zip" } }))).toBeNull();
  });

  it("lets a CDN keep an answer for 60 s (5 minutes more while it asks again), and a pinned one other than a page for good", async () => {
    const live = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
    expect((await keptPage(rendered()))?.headers["cache-control"]).toBe(live);
    expect((await keptPage(rendered(), { pinned: true }))?.headers["cache-control"]).toBe(live);
    const json = rendered({ headers: { "content-type": "application/json" }, body: "{}" });
    expect((await keptPage(json, { pinned: true }))?.headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    const now = Date.parse("2026-12-01T12:00:00Z");
    expect(isPinnedUrl("/api/v1/matrix?v=2026-12-01T11%3A59%3A00.000Z", now)).toBe(true);
    expect(isPinnedUrl("/api/v1/matrix?at=2026-01-01&v=2026-12-02T00:00:00Z", now)).toBe(false);
    expect(isPinnedUrl("/api/v1/matrix?v=garbled", now)).toBe(false);
    expect(isPinnedUrl("/api/v1/matrix?at=2026-01-01", now)).toBe(false);
  });
});

describe("SharedViewCache renders", () => {
  it("renders at most maxRenders different URLs at once, the others in turn, and all get their page", async () => {
    const cache = new SharedViewCache({ maxRenders: 2 });
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const render = () => {
      running += 1;
      most = Math.max(most, running);
      return new Promise<ReturnType<typeof rendered>>((resolve) =>
        releases.push(() => {
          running -= 1;
          resolve(rendered());
        }),
      );
    };
    const pages = ["/a", "/b", "/c", "/d"].map((key) => cache.fill(key, render));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(releases).toHaveLength(2);
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await Promise.all(pages)).every((page) => page !== null)).toBe(true);
    expect(most).toBe(2);
    // A render that fails gives its turn back.
    const single = new SharedViewCache({ maxRenders: 1 });
    expect(await single.fill("/e", () => Promise.reject(new Error("down")))).toBeNull();
    const after = single.fill("/f", () => Promise.resolve(rendered()));
    expect(await after).not.toBeNull();
  });
});

describe("etagMatches", () => {
  it("matches the ETag alone, in a list, in its weak form and as *, and nothing else", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
  });
});

describe("SharedViewCache", () => {
  it("renders a page once for concurrent requests and answers later ones from memory", async () => {
    const cache = new SharedViewCache();
    let renders = 0;
    const render = async () => {
      renders += 1;
      return rendered();
    };
    const [first, second] = await Promise.all([cache.fill("k", render), cache.fill("k", render)]);
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(cache.get("k")).toBe(first);
    expect(renders).toBe(1);
  });

  it("forgets its pages when the data cache expires a tag, and keeps no render begun before", async () => {
    const cache = new SharedViewCache();
    cache.listenForExpiry();
    await cache.fill("k", async () => rendered());
    const listeners = (globalThis as Record<symbol, Set<(tags: string[] | null) => void> | undefined>)[
      CACHE_EXPIRY_LISTENERS
    ];
    for (const listener of listeners ?? []) listener(["tracker:positions"]);
    expect(cache.get("k")).toBeNull();

    let finish: (value: ReturnType<typeof rendered>) => void = () => {};
    const slow = cache.fill("k", () => new Promise((resolve) => (finish = resolve)));
    cache.clear();
    finish(rendered());
    expect(await slow).not.toBeNull();
    expect(cache.get("k")).toBeNull();
  });

  it("lets a page age out after its maximum age", async () => {
    let now = 0;
    const cache = new SharedViewCache({ now: () => now, maxAgeMs: 1000 });
    await cache.fill("k", async () => rendered());
    now = 999;
    expect(cache.get("k")).not.toBeNull();
    now = 1001;
    expect(cache.get("k")).toBeNull();
  });

  it("answers a page past its age while one render replaces it, and forgets it after an hour or a publish", async () => {
    let now = 0;
    const cache = new SharedViewCache({ now: () => now, maxAgeMs: 1000 });
    await cache.fill("k", async () => rendered({ body: "<p>old</p>" }));
    expect(cache.peek("k")?.fresh).toBe(true);
    now = 1500;
    const stale = cache.peek("k");
    expect(stale?.fresh).toBe(false);
    expect((await bodyOf(stale!.page, "identity")).toString()).toBe("<p>old</p>");
    let renders = 0;
    const again = () => cache.fill("k", async () => (renders++, rendered({ body: "<p>new</p>" })));
    await Promise.all([again(), again()]);
    expect(renders).toBe(1);
    expect(cache.peek("k")?.fresh).toBe(true);
    expect((await bodyOf(cache.peek("k")!.page, "gzip")).toString()).not.toBe("<p>new</p>");
    expect((await bodyOf(cache.peek("k")!.page, "identity")).toString()).toBe("<p>new</p>");
    now = 1500 + 3_600_001;
    expect(cache.peek("k")).toBeNull();
    await again();
    cache.clear();
    expect(cache.peek("k")).toBeNull();
  });

  it("is told by the data cache's store of every expiry (a publish here, or NOTIFY from another instance)", async () => {
    const cache = new SharedViewCache();
    cache.listenForExpiry();
    const store = new TaggedMemoryStore();
    await cache.fill("k", async () => rendered());
    store.expireTags(["tracker:statements"], { expire: 0 });
    expect(cache.get("k")).toBeNull();
    await cache.fill("k", async () => rendered());
    store.clear();
    expect(cache.get("k")).toBeNull();
  });
});
