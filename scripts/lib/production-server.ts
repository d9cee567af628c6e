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

/**
 * The size of each of V8's semi-spaces (the young generation) of the server, in MB. Node.js 22
 * and later let it grow to 64 MB (V8 sizes it from the machine's memory; Node.js 20 gave this
 * server 16 MB beside its 384 MB heap limit), and under load the server kept both halves,
 * 128 MB, resident: on Node.js 24 it peaked at 541 MB on SQLite and 475 MB on PostgreSQL at
 * 200,000 statements (npm run bench). The cached views allocate little per request: with 8 MB
 * the server used the same CPU per request (docs/scale.md), and peaked near 100 MB lower.
 */
export const SERVER_SEMI_SPACE_MB = 8;

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
  return [
    `--max-old-space-size=${serverHeapMb(env)}`,
    `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
    "scripts/serve.mjs",
    String(port),
    hostname,
  ];
}

/**
 * glibc's malloc threshold above which an allocation gets pages of its own, returned to the
 * system when freed. glibc raises it as large blocks are freed (up to 32 MB), after which the
 * buffers of a render, a compression or a SQLite worker's answer stay in the heap and keep its
 * top resident. Kept at glibc's first value, 128 KB: on the large data set the main heap held
 * 41 to 51 MB where it held 74 MB, and the second arena 26 MB where it held 37 MB (npm run bench).
 */
const MALLOC_MMAP_THRESHOLD = "131072";

/**
 * The environment of the server: `env` with MALLOC_ARENA_MAX=2 and MALLOC_MMAP_THRESHOLD_
 * (above) unless they are set. Two arenas: glibc's malloc gives each thread that allocates an
 * arena of its own and keeps what is freed there for that thread; the server's threads (libuv's
 * pool compressing answers, the SQLite read workers) held about 50 MB more that way: on the
 * large data set, after the same 13 first renders, 409 MB RSS with two arenas against 459 MB
 * (npm run bench: 406 MB against 479 MB after its loads).
 */
export function productionServerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || "2",
    MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ || MALLOC_MMAP_THRESHOLD,
  };
}
