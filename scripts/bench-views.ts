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
import { setupDatabase } from "@/lib/setup/setup-database";
import { productionServerArgs } from "./lib/production-server";

const CONNECTIONS = 20;
const SECONDS = 8;
const PORT = Number(process.env.BENCH_VIEWS_PORT ?? 3191);
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

function runAutocannon(url: string): LoadResult {
  const output = spawnSync(
    "node_modules/.bin/autocannon",
    [
      "-c",
      String(CONNECTIONS),
      "-d",
      String(SECONDS),
      "-t",
      "10",
      "-H",
      `accept-encoding=${ACCEPT_ENCODING}`,
      "-j",
      url,
    ],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const json = JSON.parse(output.stdout) as {
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

/** The resident memory of the server and its children, in MB. */
function serverRss(pid: number): number {
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
  return rows.filter(([child]) => family.has(child)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
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
  const server = spawn(process.execPath, productionServerArgs(PORT, "127.0.0.1"), {
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: "ignore",
  });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRss(server.pid!))), 250);
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
    const routes = [
      "/robots.txt",
      "/",
      "/?at=2025-06-01",
      "/?since=2026-09-01",
      "/countries/fr",
      "/commitments/troops",
      "/search?q=troops",
    ];
    // One request each first: the first render fills the caches; the load measures what readers get after.
    for (const route of routes) await transferredSize(base + route, ACCEPT_ENCODING);
    const results: (LoadResult & { br: number; gzip: number; raw: number; routeCache: string })[] = [];
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
      });
    }
    const staticRate = results[0]!.requestsPerSecond;
    console.log(
      `\n== analyst views (scripts/serve.mjs, one process, large data set, autocannon -c ${CONNECTIONS} -d ${SECONDS} from a second process, accept-encoding "${ACCEPT_ENCODING}")`,
    );
    console.log("| route | req/s | p50 ms | p99 ms | ratio to static | br / gzip / decoded | route cache | errors |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    for (const result of results) {
      console.log(
        `| ${result.route} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50} | ${result.p99} | ${(result.requestsPerSecond / staticRate).toFixed(2)} | ${kb(result.br)} / ${kb(result.gzip)} / ${kb(result.raw)} | ${result.routeCache} | ${result.errors + result.non2xx} |`,
      );
    }
    console.log(`server peak RSS ${peakRss.toFixed(0)} MB`);
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
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
