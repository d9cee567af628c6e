/**
 * Reads of the data cache under way, by entry key: a caller that asks what another caller is
 * reading already waits for that read instead of running it again. Next's unstable_cache does
 * not join them: a country page asks for its data twice at once (its metadata and the page), and
 * on a cold entry both went to the database, side by side (at 200,000 statements on SQLite, two
 * reads of 40 to 60 ms each at a load average of 7 on two cores, for every cold country page).
 * Every expiry of the data cache (a publish, a correction, a retraction) forgets them, so that a
 * read begun before it is never handed to a caller that asks after it.
 */
export class ReadsUnderWay {
  private readonly reads = new Map<string, Promise<unknown>>();

  /** The read under way for `key`, or `read()` started and noted until it settles. */
  join<T>(key: string, read: () => Promise<T>): Promise<T> {
    const known = this.reads.get(key);
    if (known) return known as Promise<T>;
    const started: Promise<T> = read().finally(() => {
      if (this.reads.get(key) === started) this.reads.delete(key);
    });
    this.reads.set(key, started);
    return started;
  }

  /** Forgets every read under way: later callers start their own. */
  forget(): void {
    this.reads.clear();
  }
}

/**
 * Where lib/cache/shared-cache-handler.mjs announces each expiry of the data cache (the same
 * global set the route cache listens on, lib/http/shared-view-cache.mjs).
 */
const CACHE_EXPIRY_LISTENERS = Symbol.for("tracker.cache-expiry-listeners");

/** Calls `forget` on every expiry of the data cache, in this process. */
export function onCacheExpiry(forget: () => void): void {
  const holder = globalThis as unknown as Record<symbol, Set<() => void> | undefined>;
  (holder[CACHE_EXPIRY_LISTENERS] ??= new Set()).add(forget);
}
