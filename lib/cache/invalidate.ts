import "server-only";
import { revalidateTag } from "next/cache";
import { purgeCdn } from "./cdn-purge";
import { CACHE_TAGS } from "./tags";

/**
 * The one place that invalidates cached views after the data changed (a publish, a
 * correction, a retraction): every page reading the positions or the statements is
 * expired at once (`expire: 0`), so the next request renders fresh data instead of serving
 * the stale page once. Call it from server actions and route handlers; other processes
 * (the CLI, the browser journeys' fixtures) call POST /api/cache/invalidate. On PostgreSQL the
 * cache handler (lib/cache/shared-cache-handler.mjs) passes the expiry on to every other
 * instance of the app by NOTIFY before the action answers. A CDN in front is asked to purge
 * (CDN_PURGE_URL), once per change, by the instance that made it.
 */
export function invalidatePublishedData(): void {
  for (const tag of [CACHE_TAGS.positions, CACHE_TAGS.statements]) revalidateTag(tag, { expire: 0 });
  void purgeCdn();
}
