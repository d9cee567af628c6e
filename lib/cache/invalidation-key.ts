import "server-only";
import crypto from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";

/**
 * The key another process on this installation (the CLI, test fixtures) presents to
 * POST /api/cache/invalidate: derived from the auth secret, which only the installation has.
 */
export function cacheInvalidationKey(): string {
  return crypto.createHmac("sha256", resolveAuthSecret()).update("tracker cache invalidation").digest("base64url");
}

export function isCacheInvalidationKey(presented: string | null): boolean {
  if (!presented) return false;
  const expected = Buffer.from(cacheInvalidationKey());
  const given = Buffer.from(presented);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
