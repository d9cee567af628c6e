// The route cache of every public GET: the views (the matrix `/`, `/countries/<code>`,
// `/commitments/<type>`, `/statements/<id>`, `/search`), their API answers, downloads, feeds,
// embeds, preview cards and quote cards (each URL, parameters included, under its own key), as
// a visitor without a session gets them, answered whole from this process's memory by the
// production server (scripts/serve.mjs) without reaching Next. The whole-data-set package is
// not here: it is a file (lib/sharing/data-package-file.ts).
//
// Why here and not Next's own prerendering (ISR, "use cache"): every page carries a
// Content-Security-Policy with a fresh nonce (proxy.ts), and Next can nonce only a page it
// renders for the request; the root layout reads the session; and Next compresses a cached
// page again on every request, which for the full matrix costs more than the lookup. So the
// page is rendered by Next as usual (one request, coalesced), and the finished response is
// kept: compressed once, its nonce replaced by the hashes of its inline scripts and styles
// (a policy as strict, valid for every copy), and dropped whenever Next's data cache expires
// a tag (a publish, a correction, a retraction, on this or, through NOTIFY, another instance;
// see lib/cache/shared-cache-handler.mjs), when it is older than the data cache's own safety
// net, and at midnight UTC (the views default to "today").
// Plain JavaScript: the server imports it outside the app's bundle.
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const brotli = promisify(zlib.brotliCompress);

/** The same safety net as the data cache (CACHE_REVALIDATE_SECONDS in lib/cache/tags.ts). */
const SHARED_VIEW_MAX_AGE_MS = 300_000;
/** `/` plus every country twice over leaves room; past this the least recently used go first. */
const MAX_ENTRIES = 600;
const MAX_BYTES = 96 * 1024 * 1024;
/**
 * Renders of different URLs under way at once; the others wait their turn. A render runs on
 * the thread that answers the kept pages too (React, the queries' results), so a burst of cold
 * URLs (views pinned at new instants, say) would otherwise take it over all at once.
 */
const MAX_RENDERS = 2;
/** A page past its maximum age is answered while it is rendered again, up to this age. */
const STALE_LIMIT_MS = 3_600_000;

/** Where lib/cache/shared-cache-handler.mjs announces expired tags (a global: two module copies share it). */
export const CACHE_EXPIRY_LISTENERS = Symbol.for("tracker.cache-expiry-listeners");

// The views and every other public output of them: the same answer for every visitor without a
// session (a search of 200k statements rendered for each reader served about 70 a second; an
// API answer or a pinned view rendered for each reader, a few a second).
const SHARED_PATH = new RegExp(
  "^/(?:" +
    [
      "", // the matrix
      "countries/[a-z]{2,4}(?:/feed\\.atom)?",
      "commitments/[a-z0-9_]{2,40}(?:/feed\\.atom)?",
      "statements/[A-Za-z0-9_-]{1,64}",
      "search",
      "api/v1/(?:matrix|countries|countries/[a-z]{2,4}|commitments/[a-z0-9_]{2,40}|statements|changes|openapi\\.json)",
      "api/cell-preview",
      "oembed",
      "download/(?:matrix\\.csv|matrix\\.json|countries/[a-z]{2,4}\\.csv|commitments/[a-z0-9_]{2,40}\\.csv)",
      "feeds/(?:statements|corrections)\\.atom",
      "embed/(?:matrix|countries/[a-z]{2,4}|commitments/[a-z0-9_]{2,40})",
      "og/(?:matrix|countries/[a-z]{2,4}|commitments/[a-z0-9_]{2,40}|statements/[A-Za-z0-9_-]{1,64})",
    ].join("|") +
    ")$",
);
/** What may be kept: the types these outputs answer with. Text is compressed once; images are sent as they are. */
const KEPT_TYPES = /^(?:text\/html|application\/json|text\/csv|application\/atom\+xml|image\/png)\b/;
/** A pinned instant in a query (`v=`): its answer never changes once that instant is past. */
const PINNED_QUERY = /[?&]v=([^&]+)/;
/** A longer query is no link anyone shares; it is rendered for the request. */
const MAX_QUERY_LENGTH = 512;
// Requests of Next's client router (RSC payloads, prefetches) and server actions are not pages.
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];
// Headers of the rendered response that belong to one transfer, not to the page.
const HOP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "set-cookie",
  "etag",
  "cache-control",
  "vary",
]);

/**
 * The cache key of a request for a shared view, or null when it must be rendered for the
 * request: another path, an overlong query, a router or action request, or a visitor with a
 * session (the header shows who is signed in). The query is part of the key as written: the
 * views parse it the same way every time, so one URL always renders the same page.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, protocol: string, today: string }} request
 */
export function sharedViewKey({ method, url, headers, protocol, today }) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url) return null;
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!SHARED_PATH.test(pathname) || url.length - pathname.length > MAX_QUERY_LENGTH) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const cookie = headers.cookie;
  if (cookie && /session_token=/.test(Array.isArray(cookie) ? cookie.join(";") : cookie)) return null;
  return `${protocol}://${headers.host ?? ""}${url}@${today}`;
}

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The text of every inline element `tag` (no src attribute) in the HTML, as the browser hashes it. */
function inlineContents(html, tag) {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  const contents = [];
  for (const match of html.matchAll(pattern)) {
    if (/\ssrc\s*=/.test(match[1] ?? "")) continue;
    contents.push(match[2] ?? "");
  }
  return contents;
}

/**
 * The page's policy for every copy of the kept page: each `'nonce-…'` of the rendered
 * response's policy replaced by the hashes of the page's inline scripts (script-src) or
 * styles (style-src), and `'strict-dynamic'` dropped, so that the page's own script files
 * load by 'self' and nothing inline runs unless it is exactly what Next rendered.
 * @param {string} policy
 * @param {string} html
 */
export function hashedPolicy(policy, html) {
  const scripts = [...new Set(inlineContents(html, "script").map(sha256))];
  const styles = [...new Set(inlineContents(html, "style").map(sha256))];
  return policy
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (!sources.some((source) => source.startsWith("'nonce-"))) return directive;
      const hashes = name === "script-src" || name === "script-src-elem" ? scripts : styles;
      const kept = sources.filter((source) => !source.startsWith("'nonce-") && source !== "'strict-dynamic'");
      return [name, ...kept, ...hashes].join(" ");
    })
    .join("; ");
}

/**
 * True when a URL pins a recorded instant that is past: the view as the tracker showed it
 * then, which no later publish changes.
 * @param {string} url
 * @param {number} now
 */
export function isPinnedUrl(url, now) {
  const match = PINNED_QUERY.exec(url);
  if (!match) return false;
  const instant = Date.parse(decodeURIComponent(match[1] ?? ""));
  return Number.isFinite(instant) && instant <= now;
}

/**
 * How long browsers and shared caches (a CDN) may keep an answer. Browsers ask each time
 * (a 304 while it is unchanged), so a publish shows at once; a CDN may serve it for 60 s and
 * then, while it asks again, for 5 minutes more; purging it on publish shows a publish at once
 * there too (README, "A CDN in front"). A pinned answer other than a page (whose note says what
 * changed since) never changes, and is kept for good.
 * @param {{ pinned?: boolean, html: boolean }} answer
 */
export function cacheControlOf({ pinned = false, html }) {
  return pinned && !html
    ? "public, max-age=31536000, immutable"
    : "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
}

/**
 * A kept answer: status 200 of a type the public outputs answer with (a 404 for an unknown
 * code is rendered each time, so a scan of codes cannot fill the memory), with its headers,
 * its policy and its bodies.
 * @param {{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }} rendered
 * @param {{ pinned?: boolean }} [options]
 */
export async function keptPage(rendered, options = {}) {
  const type = String(rendered.headers["content-type"] ?? "");
  if (rendered.status !== 200 || !KEPT_TYPES.test(type) || rendered.headers["set-cookie"]) return null;
  const html = type.startsWith("text/html");
  const policy = String(rendered.headers["content-security-policy"] ?? "");
  // The page still names the nonce of the render it came from (attributes, RSC payload); the
  // copies' policy accepts no nonce, so that value opens nothing.
  const identity = rendered.body;
  const compressible = !type.startsWith("image/");
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of Object.entries(rendered.headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  if (policy && html) headers["content-security-policy"] = hashedPolicy(policy, identity.toString("utf8"));
  headers["cache-control"] = cacheControlOf({ pinned: options.pinned, html });
  headers.vary = "Accept-Encoding";
  headers.etag = `"${crypto.createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
  if (!compressible) return { headers, compressible, bodies: { identity }, size: identity.length };
  // Text is kept compressed only: nearly every reader asks for brotli or gzip, and the
  // uncompressed copy would be most of the memory (a client that asks for none gets the gzip
  // one decompressed, off the serving thread).
  const [gzipped, brotlied] = await Promise.all([
    gzip(identity, { level: 6 }),
    brotli(identity, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
  ]);
  return { headers, compressible, bodies: { gzip: gzipped, br: brotlied }, size: gzipped.length + brotlied.length };
}

/**
 * The body of a kept answer in an encoding chooseEncoding picked: the kept bytes, or for a
 * client that accepts no compression the gzip ones decompressed (in libuv's thread pool).
 * @param {NonNullable<Awaited<ReturnType<typeof keptPage>>>} page
 * @param {"br" | "gzip" | "identity"} encoding
 * @returns {Promise<Buffer>}
 */
export async function bodyOf(page, encoding) {
  if (!page.compressible) return /** @type {Buffer} */ (page.bodies.identity);
  if (encoding === "identity") return gunzip(/** @type {Buffer} */ (page.bodies.gzip));
  return /** @type {Buffer} */ (page.bodies[encoding]);
}

/**
 * True when an If-None-Match header names the ETag (a list, weak forms and `*` included).
 * @param {string | string[] | undefined} header
 * @param {string} etag
 */
export function etagMatches(header, etag) {
  if (!header) return false;
  return String(header)
    .split(",")
    .some((candidate) => {
      const value = candidate.trim().replace(/^W\//, "");
      return value === "*" || value === etag;
    });
}

/** The body to send for an Accept-Encoding header: brotli, then gzip, else none. */
export function chooseEncoding(acceptEncoding) {
  const accepted = String(acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, quality]) => !quality || !/^q=0(\.0*)?$/.test(quality.trim()))
    .map(([coding]) => coding.trim().toLowerCase());
  if (accepted.includes("br")) return "br";
  if (accepted.includes("gzip")) return "gzip";
  return "identity";
}

/**
 * The kept pages of this process. `fill` renders a page at most once at a time per key; a
 * render that began before an expiry is not kept (it may show the data from before).
 */
export class SharedViewCache {
  /** @param {{ now?: () => number, maxAgeMs?: number, maxRenders?: number }} [options] */
  constructor(options = {}) {
    this.now = options.now ?? Date.now;
    this.maxAgeMs = options.maxAgeMs ?? SHARED_VIEW_MAX_AGE_MS;
    this.maxRenders = options.maxRenders ?? MAX_RENDERS;
    this.rendering = 0;
    /** @type {(() => void)[]} */
    this.waiting = [];
    /** @type {Map<string, { page: NonNullable<Awaited<ReturnType<typeof keptPage>>>, storedAt: number }>} */
    this.entries = new Map();
    /** @type {Map<string, Promise<unknown>>} */
    this.pending = new Map();
    this.generation = 0;
    this.bytes = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.now() - entry.storedAt > this.maxAgeMs) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /**
   * The kept page for the key, fresh or past its maximum age (but no older than a publish,
   * which removes it, and no older than STALE_LIMIT_MS): a page past its age is still answered
   * while one render replaces it (`refresh`), so its readers never all wait for that render
   * (it may wait its turn behind other renders) when the safety net of the maximum age expires it.
   * @param {string} key
   */
  peek(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const age = this.now() - entry.storedAt;
    if (age > STALE_LIMIT_MS) {
      this.delete(key);
      return null;
    }
    return { page: entry.page, fresh: age <= this.maxAgeMs };
  }

  /**
   * The kept page for the key, rendering it with `render` when there is none.
   * @param {string} key
   * @param {() => Promise<{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }>} render
   * @param {{ pinned?: boolean }} [options]
   */
  async fill(key, render, options = {}) {
    const found = this.get(key);
    if (found) return found;
    let pending = this.pending.get(key);
    if (!pending) {
      const generation = this.generation;
      pending = this.inTurn(render)
        .then((rendered) => keptPage(rendered, options))
        .then((page) => {
          if (page && generation === this.generation) this.store(key, page);
          return page;
        })
        .catch(() => null)
        .finally(() => {
          if (this.pending.get(key) === pending) this.pending.delete(key);
        });
      this.pending.set(key, pending);
    }
    return /** @type {Promise<Awaited<ReturnType<typeof keptPage>>>} */ (pending);
  }

  /**
   * Runs `render` once fewer than `maxRenders` others run.
   * @template T
   * @param {() => Promise<T>} render
   * @returns {Promise<T>}
   */
  async inTurn(render) {
    if (this.rendering >= this.maxRenders) await new Promise((resolve) => this.waiting.push(() => resolve(undefined)));
    else this.rendering += 1;
    try {
      return await render();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.rendering -= 1;
    }
  }

  store(key, page) {
    this.delete(key);
    this.entries.set(key, { page, storedAt: this.now() });
    this.bytes += page.size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= entry.page.size;
    }
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.page.size;
  }

  /** Drops every kept page and every render under way: the data they show may have changed. */
  clear() {
    this.generation += 1;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  /** Clears the cache whenever the data cache expires a tag (or forgets everything). */
  listenForExpiry() {
    const listeners = (globalThis[CACHE_EXPIRY_LISTENERS] ??= new Set());
    listeners.add(() => this.clear());
  }
}
