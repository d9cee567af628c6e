// What the production server (scripts/serve.mjs) renders once, right after it starts
// listening, before any reader asks: the first render of a view in a server run loads that
// route's code (Next loads a page's server components when it first renders it, not when it
// preloads the routes), the proxy's, and compiles them, reads the live matrix that a cited
// view compares itself with, and starts the SQLite read threads. At 200,000 statements the
// first cited matrix page of a run took 0.6 to 1.1 s on a quiet machine where the next ones
// took 0.2 to 0.3 s (docs/scale.md); the renders below pay that instead of a reader.
// They run one at a time, each in its turn among the route cache's renders, on the server's
// own loopback address, and are thrown away: nothing is kept in the route cache. What they
// read goes into the data cache as any render's does: the live views (expired on every
// publish, correction and retraction) and the views as shown at the instant the server
// started (which later changes do not alter).
// Plain JavaScript: the server imports it outside the app's bundle.

/** The country whose page is rendered: one the reference data always has (lib/reference/countries.ts). */
export const WARM_UP_COUNTRY = "fr";

/**
 * The paths rendered after a start: the matrix and a country page, live and cited (pinned at
 * `startedAt`, a past instant by the time they are rendered), and the API answers of the
 * cited matrix and country, whose route handlers are modules of their own.
 * @param {number} startedAt
 */
export function warmUpPaths(startedAt) {
  const pin = `v=${encodeURIComponent(new Date(startedAt).toISOString())}`;
  const country = `/countries/${WARM_UP_COUNTRY}`;
  return ["/", `/?${pin}`, country, `${country}?${pin}`, `/api/v1/matrix?${pin}`, `/api/v1${country}?${pin}`];
}

/**
 * Renders each path with `render`, one after the other; a failed render (a status that is not
 * 200, an error) is noted and the rest still run: a render that fails here fails for a reader
 * too, and Next logs it then as it does now. Never rejects.
 * @param {string[]} paths
 * @param {(path: string) => Promise<{ status: number }>} render
 * @param {() => number} [now]
 * @returns {Promise<{ path: string, status: number, ms: number }[]>}
 */
export async function warmUp(paths, render, now = () => performance.now()) {
  const results = [];
  for (const path of paths) {
    const started = now();
    let status = 0;
    try {
      ({ status } = await render(path));
    } catch {
      // status 0: no answer
    }
    results.push({ path, status, ms: now() - started });
  }
  return results;
}

/**
 * One line for the server's log: how many views were rendered and how long it took, and the
 * paths that did not answer 200.
 * @param {{ path: string, status: number, ms: number }[]} results
 */
export function warmUpSummary(results) {
  const total = results.reduce((sum, result) => sum + result.ms, 0);
  const failed = results.filter((result) => result.status !== 200);
  return (
    `warmed up: ${results.length - failed.length} of ${results.length} views rendered in ${Math.round(total)} ms` +
    (failed.length ? ` (not rendered: ${failed.map((result) => `${result.path} ${result.status}`).join(", ")})` : "")
  );
}

/** The readiness check for load balancers; `/api/health` says only whether the database is reachable. */
export const READINESS_PATH = "/api/ready";

/**
 * How long a start may keep the instance out of a balancer's rotation: a warm-up render that
 * hangs must not leave it unready for good, so after this the readiness check passes to the
 * app whether the warm-up is done or not (it took 2 to 4 s on a quiet machine at 1,000,000
 * statements, 4 to 11 s at load averages of 6 to 11).
 */
export const WARM_UP_READY_AFTER_MS = 30_000;

/**
 * The answer to a readiness check while the warm-up still runs: 503, so that a load balancer
 * sends no reader to an instance whose pages' code is still loading (a cited view asked then
 * waits about a second for it, docs/scale.md). Null when `url` is no readiness check or the
 * warm-up is done: the app answers it then (app/api/ready/route.ts, the database check).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {boolean} warmedUp
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
export function notReadyAnswer(method, url, warmedUp) {
  if (warmedUp || (method !== "GET" && method !== "HEAD")) return null;
  const pathname = (url ?? "/").split("?", 1)[0];
  if (pathname !== READINESS_PATH) return null;
  return {
    status: 503,
    headers: { "content-type": "application/json", "cache-control": "no-store", "retry-after": "1" },
    body: JSON.stringify({ status: "warming-up" }),
  };
}
