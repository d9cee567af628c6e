import { logger } from "@/lib/log/logger";

/**
 * Asks the CDN in front (README, "A CDN in front") to drop what it keeps, after a publish,
 * correction or retraction: a POST to `CDN_PURGE_URL` (the CDN's purge-everything endpoint,
 * with any token in the URL or in `CDN_PURGE_AUTHORIZATION`, sent as the Authorization header).
 * Nothing is awaited by the change: a CDN that does not answer delays no editor, and its
 * answers expire by themselves within a minute (s-maxage=60).
 */
export function purgeCdn(env: Record<string, string | undefined> = process.env): Promise<void> {
  const url = env.CDN_PURGE_URL?.trim();
  if (!url) return Promise.resolve();
  const authorization = env.CDN_PURGE_AUTHORIZATION?.trim();
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ purge_everything: true }),
    signal: AbortSignal.timeout(10_000),
  }).then(
    (response) => {
      if (!response.ok) logger.warn({ status: response.status }, "the CDN refused the purge");
    },
    (error: unknown) => logger.warn({ err: error }, "the CDN purge failed"),
  );
}
