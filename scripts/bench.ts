// `npm run bench`: figures, never pass/fail (these machines are shared and noisy).
// 1. The extraction engine: throughput and memory over 10,000 articles (scripts/bench-extraction.ts).
// 1b. The slowest paste shape per 200 KB on every text path (scripts/bench-shapes.ts).
// 2. The editorial workflow on the demo data, in-process on a fresh SQLite database: time from
//    submitting an article to its review data, and from publishing to the updated matrix.
// 3. Page latency of the production server (scripts/serve.mjs, as `npm start` runs it) on the
//    demo data, sequential requests (when built).
// 4. The analyst views under load on the large data set (scripts/bench-views.ts).
// 5. The whole-data-set download (Data Package zip) on the large data set: size, time, peak
//    memory, in its own process (scripts/bench-data-package.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/dialect";
import { createIngestDraft, decideDraftPosition, publishDraft } from "@/lib/ingest/drafts";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { getIngestDraft } from "@/lib/queries/get-ingest-draft";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { todayIsoDay } from "@/lib/dates/iso-day";
import { setupDatabase } from "@/lib/setup/setup-database";
import { benchViews, largeDatabaseUrl } from "./bench-views";
import { productionServerArgs, productionServerEnv } from "./lib/production-server";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

const BENCH_PARAGRAPHS = [
  "Belgium will send troops to Ukraine after a ceasefire is agreed, Prime Minister Bart De Wever said on Monday.",
  "The Netherlands is considering taking part in air policing over western Ukraine, its defence minister said.",
  "Portugal supports a guarantee for Ukraine modelled on Article 5 of the NATO treaty.",
  "Analysts said the talks would continue next month in London.",
];

async function benchWorkflow(): Promise<void> {
  const file = path.join(os.tmpdir(), `tracker-bench-${process.pid}.db`);
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  await setupDatabase({ url });
  const db = createDb(url);
  const editor = await db.user.create({ data: { id: "bench-editor", name: "Bench", email: "bench@example.test" } });
  const submit: number[] = [];
  const publish: number[] = [];
  const runs = 20;
  for (let run = 0; run < runs; run++) {
    const body = [...BENCH_PARAGRAPHS, `Reference number ${run}.`].join("\n\n");
    let started = performance.now();
    const draft = await createIngestDraft(
      { title: `Bench ${run}`, outlet: "Bench", url: null, published: "2026-02-01", body },
      editor.id,
      db,
    );
    if (draft.status !== "draft") throw new Error(`unexpected ${draft.status}`);
    const view = await getIngestDraft(draft.draftId);
    submit.push(performance.now() - started);

    for (const position of view!.positions) await decideDraftPosition(draft.draftId, position.id, "accepted", db);
    started = performance.now();
    await publishDraft(draft.draftId, { version: view!.positions.length, confirmContradictions: true }, editor.id, db);
    await getMatrixAt(todayIsoDay());
    publish.push(performance.now() - started);
  }
  const matrixTimes: number[] = [];
  const countryTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    let started = performance.now();
    await getMatrixAt(todayIsoDay());
    matrixTimes.push(performance.now() - started);
    started = performance.now();
    await getCountryStance("BE", todayIsoDay());
    countryTimes.push(performance.now() - started);
  }
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  console.log("\n== editorial workflow (SQLite, demo data plus 20 benchmark articles, in-process)");
  console.log(
    `submit -> review data   median ${median(submit).toFixed(1)} ms, p95 ${percentile(submit, 95).toFixed(1)} ms (validation, duplicate check, extraction, draft write and read)`,
  );
  console.log(
    `publish -> matrix       median ${median(publish).toFixed(1)} ms, p95 ${percentile(publish, 95).toFixed(1)} ms (one transaction, then getMatrixAt)`,
  );
  console.log(`getMatrixAt(today)      median ${median(matrixTimes).toFixed(1)} ms`);
  console.log(`getCountryStance(BE)    median ${median(countryTimes).toFixed(1)} ms`);
}

async function benchPages(): Promise<void> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("\n== pages: skipped, no production build (run `npm run build` first)");
    return;
  }
  const file = path.join(os.tmpdir(), `tracker-bench-pages-${process.pid}.db`);
  const url = `file:${file}`;
  await setupDatabase({ url });
  const port = 3190;
  const server = spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), {
    env: productionServerEnv({
      ...process.env,
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    }),
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(
      "\n== pages (scripts/serve.mjs on the demo data, sequential requests from this process; / and the country page from its route cache)",
    );
    for (const route of ["/", "/countries/it", "/?date=2025-06-01"]) {
      const times: number[] = [];
      for (let i = 0; i < 60; i++) {
        const started = performance.now();
        const response = await fetch(base + route);
        await response.text();
        times.push(performance.now() - started);
      }
      const steady = times.slice(10);
      console.log(
        `GET ${route.padEnd(20)} median ${median(steady).toFixed(1)} ms, p95 ${percentile(steady, 95).toFixed(1)} ms, ${(1000 / median(steady)).toFixed(0)} req/s sequential`,
      );
    }
    const memory = spawnSync("ps", ["-o", "rss=", "-p", String(server.pid)], { encoding: "utf8" }).stdout.trim();
    if (memory) console.log(`server RSS ${(Number(memory) / 1024).toFixed(0)} MB`);
  } finally {
    server.kill("SIGTERM");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
}

async function main(): Promise<void> {
  console.log("== extraction engine");
  spawnSync("node_modules/.bin/tsx", ["scripts/bench-extraction.ts"], { stdio: "inherit" });
  console.log("\n== text paths on pathological pastes (slowest shape per 200 KB)");
  spawnSync("node_modules/.bin/tsx", ["scripts/bench-shapes.ts"], { stdio: "inherit" });
  await benchWorkflow();
  await benchPages();
  await benchViews();
  console.log("\n== data package download (large data set, streamed, its own process)");
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/bench-data-package.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: await largeDatabaseUrl(), NODE_ENV: "production" },
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
