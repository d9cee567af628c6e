// Next's incremental cache handler (next.config.ts `cacheHandler`): the store behind
// unstable_cache, cached pages and cached route handlers. Next's default keeps which tags were
// invalidated in the memory of one process, so with two instances behind a load balancer a
// publish on A left B serving what it had cached until the entry aged out. This handler keeps
// the entries in this process's memory as the default does, and shares the invalidations:
// revalidateTag here (lib/cache/invalidate.ts, revalidatePath) is sent to every instance on the
// same PostgreSQL database with NOTIFY, and each instance LISTENs and expires the same tags.
// On SQLite there is one instance by construction, so nothing is sent.
// Plain JavaScript: Next imports this file at run time by its path, outside the app's bundle.
import crypto from "node:crypto";
import pg from "pg";

/** The NOTIFY channel every instance on one database listens on. */
export const INVALIDATION_CHANNEL = "tracker_cache_invalidation";

/** Next's own default for its in-memory cache (next.config `cacheMaxMemorySize`). */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Tags in one notification: the app sends two; anything longer is not ours. */
const MAX_TAGS_PER_MESSAGE = 64;
const MAX_TAG_LENGTH = 256;
/** Keys noted as being computed at once, at most (see TaggedMemoryStore.noteComputing). */
const MAX_COMPUTING_KEYS = 10_000;
/** Reconnection back-off after the listening connection drops: doubling, capped. */
const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * Told of every expiry here, with the tags (null: everything): the route cache of the shared
 * views (lib/http/shared-view-cache.mjs) drops its pages then. A global, since the server and
 * Next each load their own copy of these modules.
 */
const EXPIRY_LISTENERS = Symbol.for("tracker.cache-expiry-listeners");

function announceExpiry(tags) {
  for (const listener of globalThis[EXPIRY_LISTENERS] ?? []) listener(tags);
}

/**
 * @typedef {{ expire?: number }} TagDurations
 * @typedef {{ value: any, lastModified: number, cacheControl?: unknown, tags: string[], size: number }} StoredEntry
 */

/** Roughly the bytes an entry holds, measured the way Next's own memory cache measures it. */
function entrySize(key, value) {
  if (!value) return key.length + 25;
  let size = 0;
  // unstable_cache's entries hold their result already serialised (`data.body`): measured as it
  // is, rather than serialised again (escaping every quote of it) on each store.
  if (value.kind === "FETCH")
    size = typeof value.data?.body === "string" ? value.data.body.length : JSON.stringify(value.data ?? "").length;
  else if (value.kind === "APP_ROUTE") size = value.body?.length ?? 0;
  else if (value.kind === "APP_PAGE" || value.kind === "PAGES") {
    size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    if (value.pageData) size += JSON.stringify(value.pageData).length;
    for (const [segment, buffer] of value.segmentData ?? []) size += segment.length + (buffer?.length ?? 0);
  } else size = JSON.stringify(value).length;
  return key.length + Math.max(size, 1);
}

/** The tags a response entry carries: Next writes them into its x-next-cache-tags header. */
function tagsOfValue(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * The entries of one process, least recently used dropped first past `maxBytes`, and when each
 * tag was last invalidated (the same marks Next's default handler keeps: `stale`, after which an
 * entry is served once while it is recomputed, and `expired`, after which it is not served).
 */
export class TaggedMemoryStore {
  /** @param {{ maxBytes?: number, now?: () => number }} [options] */
  constructor(options = {}) {
    this.maxBytes = options.maxBytes && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
    this.now = options.now ?? Date.now;
    /** @type {Map<string, StoredEntry>} */
    this.entries = new Map();
    /** @type {Map<string, { stale?: number, expired?: number }>} */
    this.tagMarks = new Map();
    this.bytes = 0;
    // A computation that began before one of its tags was expired may hold the data from
    // before (a render reading the matrix while a retraction commits): it is not kept. Each
    // expiry and each clear takes the next number; each miss notes the number it saw.
    this.sequence = 0;
    this.clearedAt = 0;
    /** @type {Map<string, number>} */
    this.tagExpiredAt = new Map();
    /** @type {Map<string, number>} */
    this.computingSince = new Map();
  }

  /** Notes that the entry for `key` is being computed, from data as of now. */
  noteComputing(key) {
    if (this.computingSince.has(key)) return; // the earliest one counts: it is the oldest data
    // A bound for keys whose computation never came back (it failed): forgetting them only
    // means their next store is trusted, as before this check existed.
    if (this.computingSince.size >= MAX_COMPUTING_KEYS) this.computingSince.clear();
    this.computingSince.set(key, this.sequence);
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} [context]
   */
  get(key, context = {}) {
    const entry = this.entries.get(key);
    if (!entry) {
      this.noteComputing(key);
      return null;
    }
    const tags = [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
    const now = this.now();
    let stale = false;
    for (const tag of tags) {
      const mark = this.tagMarks.get(tag);
      if (!mark) continue;
      if (mark.expired !== undefined && mark.expired <= now && mark.expired >= entry.lastModified) {
        this.delete(key);
        this.noteComputing(key);
        return null;
      }
      if (mark.stale !== undefined && mark.stale >= entry.lastModified) stale = true;
    }
    if (stale) this.noteComputing(key);
    // Most recently used last: Map keeps insertion order, so eviction takes the first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    // A stale entry is answered as if it were ancient, so Next serves it once and recomputes it.
    return { value: entry.value, lastModified: stale ? 1 : entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ tags?: string[], cacheControl?: unknown, fetchCache?: boolean }} [context]
   */
  set(key, value, context = {}) {
    this.delete(key);
    const tags = value?.kind === "FETCH" ? [...(context.tags ?? value.tags ?? [])] : tagsOfValue(value);
    const since = this.computingSince.get(key);
    this.computingSince.delete(key);
    if (since !== undefined && (this.clearedAt > since || tags.some((tag) => (this.tagExpiredAt.get(tag) ?? 0) > since))) {
      return;
    }
    const size = entrySize(key, value);
    if (size > this.maxBytes) return;
    const cacheControl = context.fetchCache ? undefined : context.cacheControl;
    this.entries.set(key, { value, lastModified: this.now(), cacheControl, tags, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /**
   * Marks the tags as Next's default handler does: no durations, or `expire: 0`, expires at
   * once; otherwise stale now and expired after `expire` seconds.
   * @param {string[]} tags
   * @param {TagDurations} [durations]
   */
  expireTags(tags, durations) {
    const now = this.now();
    this.sequence += 1;
    for (const tag of tags) {
      this.tagExpiredAt.set(tag, this.sequence);
      const mark = { ...this.tagMarks.get(tag) };
      if (durations) {
        mark.stale = now;
        if (durations.expire !== undefined) mark.expired = now + durations.expire * 1000;
      } else mark.expired = now;
      this.tagMarks.set(tag, mark);
    }
    announceExpiry(tags);
  }

  /** Forgets every entry: after invalidations may have been missed, nothing cached can be trusted. */
  clear() {
    this.sequence += 1;
    this.clearedAt = this.sequence;
    this.entries.clear();
    this.bytes = 0;
    announceExpiry(null);
  }
}

/**
 * One notification's payload, checked: whatever else arrives on the channel (another program's
 * NOTIFY, a truncated message) is ignored rather than trusted.
 * @returns {{ origin: string, tags: string[], durations?: TagDurations } | null}
 */
export function parseInvalidation(payload) {
  let message;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!message || typeof message !== "object" || typeof message.origin !== "string") return null;
  const { tags, durations } = message;
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > MAX_TAGS_PER_MESSAGE) return null;
  if (!tags.every((tag) => typeof tag === "string" && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)) return null;
  if (durations === undefined || durations === null) return { origin: message.origin, tags };
  if (typeof durations !== "object") return null;
  if (durations.expire !== undefined && !(Number.isFinite(durations.expire) && durations.expire >= 0)) return null;
  return { origin: message.origin, tags, durations: durations.expire === undefined ? {} : { expire: durations.expire } };
}

/**
 * The LISTEN/NOTIFY link to the other instances: one dedicated connection that listens, sends
 * this instance's invalidations, and reconnects with back-off when it drops. Whenever it
 * (re)starts listening it reports a gap: invalidations sent meanwhile were not heard.
 */
export class PostgresInvalidationChannel {
  /**
   * @param {{ connectionString: string, onInvalidation: (tags: string[], durations?: TagDurations) => void,
   *   onGap: () => void, log?: (event: string, detail?: Record<string, unknown>) => void }} options
   */
  constructor(options) {
    this.options = options;
    this.origin = crypto.randomUUID();
    /** @type {pg.Client | null} */
    this.client = null;
    this.listening = false;
    this.closed = false;
    this.retryMs = FIRST_RETRY_MS;
    /** @type {NodeJS.Timeout | null} */
    this.retryTimer = null;
    /** @type {Promise<void> | null} */
    this.connecting = null;
  }

  log(event, detail) {
    this.options.log?.(event, detail);
  }

  start() {
    if (this.closed || this.connecting || this.client) return this.connecting ?? Promise.resolve();
    this.connecting = this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async connect() {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      application_name: "tracker cache invalidation",
    });
    client.on("notification", (notification) => {
      if (notification.channel !== INVALIDATION_CHANNEL) return;
      const message = parseInvalidation(notification.payload ?? "");
      if (!message || message.origin === this.origin) return;
      this.options.onInvalidation(message.tags, message.durations);
    });
    client.on("error", (error) => this.dropped(client, error));
    client.on("end", () => this.dropped(client, null));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      this.dropped(client, error);
      return;
    }
    if (this.closed || this.client !== client) return;
    this.listening = true;
    this.retryMs = FIRST_RETRY_MS;
    this.log("listening");
    this.options.onGap();
  }

  dropped(client, error) {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    client.removeAllListeners("notification");
    client.end().catch(() => {});
    if (this.closed) return;
    this.log("connection lost", { error: error ? String(error.message ?? error) : "ended", retryMs: this.retryMs });
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.start();
    }, delay);
    this.retryTimer.unref?.();
  }

  /**
   * Tells the other instances. Through the listening connection when it is up, else through a
   * connection of its own, so that an invalidation is not lost while the listener reconnects.
   * @param {string[]} tags
   * @param {TagDurations} [durations]
   */
  async publish(tags, durations) {
    const payload = JSON.stringify({ origin: this.origin, tags, durations });
    const query = ["SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, payload]];
    try {
      if (this.client && this.listening) {
        await this.client.query(...query);
        return;
      }
      const once = new pg.Client({ connectionString: this.options.connectionString, connectionTimeoutMillis: 5000 });
      await once.connect();
      try {
        await once.query(...query);
      } finally {
        await once.end();
      }
    } catch (error) {
      // The data is already written; other instances then catch up when their entries age out.
      this.log("notify failed", { error: String(error?.message ?? error), tags });
    }
  }

  async close() {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting;
    const client = this.client;
    this.client = null;
    this.listening = false;
    if (client) await client.end().catch(() => {});
  }
}

function logLine(event, detail = {}) {
  // One JSON line, shaped like the app's pino lines (lib/log/logger.ts), which this file cannot import.
  if (process.env.NODE_ENV === "test") return;
  const level = event === "listening" ? 30 : 40;
  process.stdout.write(
    `${JSON.stringify({ level, time: Date.now(), app: "security-guarantees-tracker", msg: `cache invalidation: ${event}`, ...detail })}\n`,
  );
}

/** This process's store and, on PostgreSQL, its channel; shared by every handler Next creates (one per request). */
const shared = {
  store: /** @type {TaggedMemoryStore | null} */ (null),
  channel: /** @type {PostgresInvalidationChannel | null} */ (null),
};

function isPostgres(url) {
  return typeof url === "string" && /^postgres(ql)?:\/\//.test(url.trim());
}

export default class SharedCacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} [context] */
  constructor(context = {}) {
    shared.store ??= new TaggedMemoryStore({ maxBytes: context.maxMemoryCacheSize });
    this.store = shared.store;
    // Not while building: the build's prerendering has nobody to tell, and an open connection
    // would keep its workers alive.
    if (!shared.channel && isPostgres(process.env.DATABASE_URL) && process.env.NEXT_PHASE !== "phase-production-build") {
      const store = this.store;
      shared.channel = new PostgresInvalidationChannel({
        connectionString: process.env.DATABASE_URL.trim(),
        onInvalidation: (tags, durations) => store.expireTags(tags, durations),
        onGap: () => store.clear(),
        log: logLine,
      });
      void shared.channel.start();
    }
  }

  async get(key, context) {
    return this.store.get(key, context);
  }

  async set(key, data, context) {
    this.store.set(key, data, context);
  }

  async revalidateTag(tags, durations) {
    const list = (typeof tags === "string" ? [tags] : tags).filter((tag) => typeof tag === "string" && tag);
    if (list.length === 0) return;
    this.store.expireTags(list, durations);
    await shared.channel?.publish(list, durations);
  }

  resetRequestCache() {}
}
