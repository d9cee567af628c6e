import "server-only";
import { cacheInvalidationKey } from "./invalidation-key";

export type InvalidationOutcome = { kind: "invalidated" } | { kind: "no server" } | { kind: "refused"; status: number };

/**
 * The running app's address for a process beside it (the CLI, test fixtures): TRACKER_URL,
 * else this machine at PORT. One instance is enough; on PostgreSQL it tells the others.
 */
export function localAppUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.TRACKER_URL || `http://127.0.0.1:${env.PORT || "3000"}`).replace(/\/$/, "");
}

/**
 * Asks the running app to expire its cached views (POST /api/cache/invalidate with the
 * installation's key) after this process changed the published data. No server listening is
 * not an error: nothing is cached then, and a server started later reads fresh data.
 */
export async function requestCacheInvalidation(baseUrl: string = localAppUrl()): Promise<InvalidationOutcome> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/cache/invalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${cacheInvalidationKey()}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { kind: "no server" };
  }
  return response.ok ? { kind: "invalidated" } : { kind: "refused", status: response.status };
}
