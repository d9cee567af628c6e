// The analyst views under load, on the large data set (`npm run db:seed:large`): for each
// page, requests per second and p50/p99 latency at 20 connections from autocannon in a
// second process (loopback, 8 s per page, asking for compression as a browser does), the
// ratio to a static file of the same server, the size on the wire and the server's peak
// memory. The server is the production one (scripts/serve.mjs, with its route cache), run
// alone in its own process. Figures, never pass/fail.
// The database is BENCH_LARGE_DATABASE_URL (an existing file is reused as it is, after
// pending migrations), or a SQLite file in the temp folder that is seeded once (several
// minutes) and reused by later runs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { requestCacheInvalidation } from "@/lib/cache/request-invalidation";
import { setupDatabase } from "@/lib/setup/setup-database";
import { productionServerArgs, productionServerEnv } from "./lib/production-server";

const CONNECTIONS = 20;
const SECONDS = 8;
const PORT = Number(process.env.BENCH_VIEWS_PORT ?? 3191);
/** BENCH_VIEWS_COLD_ONLY=1: only the cold answers (pinned views, first requests after a publish), no loads. */
const COLD_ONLY = process.env.BENCH_VIEWS_COLD_ONLY === "1";
/** What a browser sends: the server answers compressed, as it would a reader. */
const ACCEPT_ENCODING = "gzip, deflate, br";

interface LoadResult {
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

// autocannon, through scripts/bench-load.ts: a client that keeps no bodies (autocannon's own CLI
// decodes each as text, which for a compressed body cost more than the server's answer).
const loadArgs = (url: string) => ["scripts/bench-load.ts", url, String(CONNECTIONS), String(SECONDS), ACCEPT_ENCODING];

function runAutocannon(url: string): LoadResult {
  const output = spawnSync("node_modules/.bin/tsx", loadArgs(url), {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return loadResultOf(url, output.stdout);
}

/** The same load, without blocking this process: other requests can run beside it. */
function runAutocannonBeside(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", loadArgs(url), { stdio: ["ignore", "pipe", "ignore"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("exit", () => resolve(loadResultOf(url, stdout)));
  });
}

function loadResultOf(url: string, stdout: string): LoadResult {
  const json = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    route: new URL(url).pathname + new URL(url).search,
    requestsPerSecond: json.requests.average,
    p50: json.latency.p50,
    p99: json.latency.p99,
    errors: json.errors + json.timeouts,
    non2xx: json.non2xx,
  };
}

/** Bytes on the wire for one encoding, the body's size once decoded, and how the server answered. */
function transferredSize(
  url: string,
  acceptEncoding: string,
): Promise<{ wire: number; raw: number; encoding: string; routeCache: string }> {
  return new Promise((resolve, reject) => {
    http
      // A connection of its own: a kept-alive one, idle through an autocannon run, may be closed
      // by the server just as it is reused ("socket hang up").
      .get(url, { agent: false, headers: { "accept-encoding": acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = String(response.headers["content-encoding"] ?? "identity");
          const raw =
            encoding === "gzip"
              ? zlib.gunzipSync(body).length
              : encoding === "br"
                ? zlib.brotliDecompressSync(body).length
                : body.length;
          resolve({ wire: body.length, raw, encoding, routeCache: String(response.headers["x-route-cache"] ?? "-") });
        });
      })
      .on("error", reject);
  });
}

/** The resident memory of the server alone, and with its children (a data package being built), in MB. */
function serverRss(pid: number): { alone: number; withChildren: number } {
  const tree = spawnSync("ps", ["-o", "pid=,ppid=,rss=", "-A"], { encoding: "utf8" }).stdout;
  const rows = tree
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const family = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of rows) {
      if (family.has(parent) && !family.has(child)) {
        family.add(child);
        grew = true;
      }
    }
  }
  return {
    alone: (rows.find(([process]) => process === pid)?.[2] ?? 0) / 1024,
    withChildren: rows.filter(([child]) => family.has(child)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024,
  };
}

/** The time of one request until its whole body is in, in ms. */
async function timedRequest(url: string): Promise<number> {
  const started = performance.now();
  await transferredSize(url, ACCEPT_ENCODING);
  return performance.now() - started;
}

function printColdAnswers(
  coldTimes: { route: string; first: number; median: number }[],
  afterPublish: { route: string; ms: number }[],
): void {
  console.log(
    `cold pinned views (a new v each; median of 3, and the first of its route): ${coldTimes.map((cold) => `${cold.route} ${cold.median.toFixed(0)} ms (first ${cold.first.toFixed(0)} ms)`).join(", ")}`,
  );
  console.log(
    `first request after a publish (every cache expired): ${afterPublish.map((first) => `${first.route} ${first.ms.toFixed(0)} ms`).join(", ")}`,
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}`,
  );
}

export async function largeDatabaseUrl(): Promise<string> {
  const given = process.env.BENCH_LARGE_DATABASE_URL;
  if (given) {
    await setupDatabase({ url: given, seedReference: false, seedDemo: false });
    return given;
  }
  const file = path.join(os.tmpdir(), "tracker-bench-large.db");
  const url = `file:${file}`;
  if (!fs.existsSync(`${file}.ready`)) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    console.log(`seeding the large data set into ${file} (once; several minutes)`);
    const seeded = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/seed-large.ts"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
    if (seeded.status !== 0) throw new Error("db:seed:large failed");
    fs.writeFileSync(`${file}.ready`, new Date().toISOString());
  }
  return url;
}

export async function benchViews(): Promise<void> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("\n== analyst views: skipped, no production build (run `npm run build` first)");
    return;
  }
  const url = await largeDatabaseUrl();
  // A data package directory of its own: the heavy-work line below then builds the package, as
  // the first download after a publish would, instead of streaming a file left by an earlier run.
  const packages = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-bench-packages-"));
  const server = spawn(process.execPath, productionServerArgs(PORT, "127.0.0.1"), {
    env: productionServerEnv({
      ...process.env,
      DATABASE_URL: url,
      DATA_PACKAGE_DIR: packages,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    }),
    stdio: ["ignore", "pipe", "ignore"],
  });
  let serverLog = "";
  server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  const peakRss = { alone: 0, withChildren: 0 };
  const sampler = setInterval(() => {
    const now = serverRss(server.pid!);
    peakRss.alone = Math.max(peakRss.alone, now.alone);
    peakRss.withChildren = Math.max(peakRss.withChildren, now.withChildren);
  }, 250);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(`${base}/robots.txt`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // A view pinned at a new instant, asked for the moment the server answers: its warm-up
    // (lib/http/warm-up.mjs) is under way then. The measures below start once it is done.
    const readyAt = performance.now();
    const atStart = await timedRequest(`${base}/?v=${encodeURIComponent("2025-09-01T07:13:00.000Z")}`);
    let warmedUp: string | null = null;
    while (!(warmedUp = /^warmed up: .*$/m.exec(serverLog)?.[0] ?? null) && performance.now() - readyAt < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const warmUpLine = `pinned / asked as the server first answered: ${atStart.toFixed(0)} ms; ${warmedUp ?? "no warm-up line in 120 s"} (done ${((performance.now() - readyAt) / 1000).toFixed(1)} s after the server first answered)`;
    console.log(warmUpLine);
    // A cited view pins an instant: one in the middle of the large seed's recorded time.
    const pin = encodeURIComponent("2025-06-01T12:00:00.000Z");
    const routes = [
      "/robots.txt",
      "/",
      "/?at=2025-06-01",
      "/?since=2026-09-01",
      "/countries/fr",
      "/commitments/troops",
      "/search?q=troops",
      `/?v=${pin}`,
      `/countries/fr?v=${pin}`,
      "/api/v1/matrix",
      `/api/v1/matrix?v=${pin}`,
      "/api/v1/countries",
      "/api/v1/countries/fr",
      "/api/v1/commitments/troops",
      "/api/v1/statements?limit=50",
      "/api/v1/changes?from=2026-09-01",
      "/download/matrix.csv",
      "/download/countries/fr.csv",
      "/feeds/statements.atom",
      "/countries/fr/feed.atom",
      "/embed/matrix",
      "/og/matrix",
      "/api/cell-preview?country=fr&type=troops",
    ];
    // Cold answers: views pinned at instants nobody asked for yet, one request each. The first
    // one of a route in this process also loads the route's code: timed apart ("first of its
    // route"), then three more instants, whose median is the cold answer.
    const coldTimes: { route: string; first: number; median: number }[] = [];
    for (const [index, route] of ["/", "/api/v1/matrix", "/countries/fr", "/api/v1/countries/fr"].entries()) {
      const times: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const instant = new Date(Date.UTC(2025, 0, 1 + index * 37 + attempt * 3, 7, 13)).toISOString();
        const started = performance.now();
        await transferredSize(
          `${base}${route}${route.includes("?") ? "&" : "?"}v=${encodeURIComponent(instant)}`,
          ACCEPT_ENCODING,
        );
        times.push(performance.now() - started);
      }
      const later = times.slice(1).sort((a, b) => a - b);
      coldTimes.push({ route: `${route}?v=…`, first: times[0]!, median: later[1]! });
    }
    // One request each first: the first render fills the caches; the load measures what readers get after.
    for (const route of routes) await transferredSize(base + route, ACCEPT_ENCODING);
    // The first requests after a publish: every cache expired, each route warm (as a publish, correction or
    // retraction expires them, through the same endpoint the CLI uses), then one request each.
    const afterPublish: { route: string; ms: number }[] = [];
    for (const route of ["/", "/countries/fr", "/api/v1/matrix", "/commitments/troops"]) {
      const invalidated = await requestCacheInvalidation(base);
      if (invalidated.kind !== "invalidated") throw new Error(`cache invalidation: ${JSON.stringify(invalidated)}`);
      const started = performance.now();
      await transferredSize(base + route, ACCEPT_ENCODING);
      afterPublish.push({ route, ms: performance.now() - started });
    }
    if (COLD_ONLY) {
      printColdAnswers(coldTimes, afterPublish);
      console.log(
        `server RSS ${serverRss(server.pid!).alone.toFixed(0)} MB; server peak RSS ${peakRss.alone.toFixed(0)} MB`,
      );
      return;
    }
    // And once more, each cache filled again, before the load.
    for (const route of routes) await transferredSize(base + route, ACCEPT_ENCODING);
    const results: (LoadResult & { br: number; gzip: number; raw: number; routeCache: string; load: number })[] = [];
    for (const route of routes) {
      const [br, gzip] = [
        await transferredSize(base + route, ACCEPT_ENCODING),
        await transferredSize(base + route, "gzip"),
      ];
      results.push({
        ...runAutocannon(base + route),
        br: br.wire,
        gzip: gzip.wire,
        raw: br.raw,
        routeCache: br.routeCache,
        // The machine's load average over the last minute as the run ends: on a shared machine
        // a figure means little without it.
        load: os.loadavg()[0]!,
      });
    }
    const rssAfterLoads = serverRss(server.pid!).alone;
    const staticRate = results[0]!.requestsPerSecond;
    console.log(
      `\n== analyst views (scripts/serve.mjs, one process, large data set, autocannon -c ${CONNECTIONS} -d ${SECONDS} from a second process, accept-encoding "${ACCEPT_ENCODING}")`,
    );
    console.log(
      "| route | req/s | p50 ms | p99 ms | ratio to static | br / gzip / decoded | route cache | errors | load (1 min) |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    for (const result of results) {
      console.log(
        `| ${result.route} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${(result.requestsPerSecond / staticRate).toFixed(2)} | ${kb(result.br)} / ${kb(result.gzip)} / ${kb(result.raw)} | ${result.routeCache} | ${result.errors + result.non2xx} | ${result.load.toFixed(1)} |`,
      );
    }
    printColdAnswers(coldTimes, afterPublish);

    // Heavy work beside readers: 4 data packages (the first builds it, in a child process; the
    // others wait for that build, then stream the file) and 4 views pinned at new instants, while
    // autocannon reads a cached page.
    const background = async (path: string) => {
      const started = performance.now();
      const answer = await transferredSize(base + path, ACCEPT_ENCODING);
      return { path, ms: performance.now() - started, bytes: answer.wire };
    };
    const beside = runAutocannonBeside(`${base}/countries/fr`);
    const heavy = await Promise.all([
      ...Array.from({ length: 4 }, () => background("/download/data-package.zip")),
      ...Array.from({ length: 4 }, (_, index) =>
        background(`/?v=${encodeURIComponent(new Date(Date.UTC(2026, 1, 3 + index, 9, 41)).toISOString())}`),
      ),
    ]);
    const loaded = await beside;
    console.log(
      `cached page p99 while 4 data packages and 4 cold pinned views run: /countries/fr p50 ${loaded.p50} ms, p99 ${loaded.p99} ms, ${loaded.requestsPerSecond.toFixed(0)} req/s (${(loaded.requestsPerSecond / staticRate).toFixed(2)} of static), errors ${loaded.errors + loaded.non2xx}`,
    );
    console.log(
      `  beside it: ${heavy.map((item) => `${item.path.startsWith("/download") ? "data package" : "pinned /"} ${(item.ms / 1000).toFixed(1)} s${item.path.startsWith("/download") ? ` (${(item.bytes / 1024 / 1024).toFixed(1)} MB)` : ""}`).join(", ")}`,
    );
    console.log(
      `server RSS after the loads above ${rssAfterLoads.toFixed(0)} MB; server peak RSS ${peakRss.alone.toFixed(0)} MB (with the data package's build process: ${peakRss.withChildren.toFixed(0)} MB)`,
    );
    console.log(
      `load average at the end ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}`,
    );
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
    fs.rmSync(packages, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("bench-views.ts")) {
  benchViews().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
