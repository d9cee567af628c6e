/**
 * A per-key request limit in this process's memory: at most `limit` requests per key in each
 * window of `windowMs` (a fixed window, counted from the key's first request in it). Keys are
 * client addresses; at most `maxKeys` are remembered, the oldest window dropped first, so a
 * flood of addresses cannot grow the process.
 */
export interface RateLimiter {
  take(key: string, now?: number): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
}: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, now = Date.now()) {
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        windows.delete(key); // re-inserted last: the map stays in order of window start
        window = { start: now, count: 0 };
        windows.set(key, window);
        while (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
      }
      if (window.count >= limit) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
      }
      window.count++;
      return { allowed: true };
    },
  };
}
