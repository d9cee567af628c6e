// How the production server (scripts/serve.mjs) is started, by `npm start`, the browser
// journeys and the benchmarks alike: one place for its node flags.

/**
 * The V8 old-space limit of the server, in MB (SERVER_HEAP_MB overrides it). V8 sizes its
 * heap from the machine: on 24 GB it let the heap grow to about 280 MB between collections
 * while what stayed alive was under 100 MB, and the server reached 580 MB RSS under load on
 * the large data set. With this limit it collects sooner, at no cost in requests per second
 * (npm run bench), and peaks near 430 MB; the whole-data-set download needs about 100 MB.
 * A lower limit does not lower that peak: with 256 the server peaked at 405 MB against 401 MB
 * with 384 (SQLite, 200,000 statements, npm run bench at load averages of 10 to 15), the peak
 * coming under the loads or beside the cold pinned views, 90 MB of it file-backed.
 */
const SERVER_HEAP_MB = 384;

function serverHeapMb(env: Record<string, string | undefined>): number {
  const given = Number(env.SERVER_HEAP_MB);
  return Number.isInteger(given) && given >= 128 ? given : SERVER_HEAP_MB;
}

/** The arguments of `node` that run the production server on `port` and `hostname`. */
export function productionServerArgs(
  port: number | string,
  hostname: string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  return [`--max-old-space-size=${serverHeapMb(env)}`, "scripts/serve.mjs", String(port), hostname];
}

/**
 * The environment of the server: `env` with MALLOC_ARENA_MAX=2 unless it is set. glibc's malloc
 * gives each thread that allocates an arena of its own and keeps what is freed there for that
 * thread; the server's threads (libuv's pool compressing answers, the SQLite read workers) held
 * about 50 MB more that way: on the large data set, after the same 13 first renders, 409 MB RSS
 * with two arenas against 459 MB (npm run bench: 406 MB against 479 MB after its loads).
 */
export function productionServerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || "2" };
}
