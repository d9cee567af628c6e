import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("the per-address request limit", () => {
  it("allows `limit` requests a window per key, then says when to come back", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    expect([0, 1, 2].map((t) => limiter.take("a", 1_000 + t).allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", 21_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.take("b", 21_000).allowed).toBe(true); // another address has its own count
    expect(limiter.take("a", 61_000).allowed).toBe(true); // a new window
  });

  it("remembers at most maxKeys addresses, forgetting the oldest window", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 1);
    limiter.take("c", 2); // "a" is forgotten
    expect(limiter.take("a", 3).allowed).toBe(true);
    expect(limiter.take("c", 4).allowed).toBe(false);
  });
});
