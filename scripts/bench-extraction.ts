/**
 * Throughput and memory of the extraction engine over 10,000 articles, on one core.
 * Articles are synthesised by recombining the project's own sample sentences (see
 * lib/extraction/sample-sentences.ts), so the benchmark needs nothing outside the repository.
 * Run: npx tsx scripts/bench-extraction.ts [articles]
 */
import v8 from "node:v8";
import vm from "node:vm";
import { extractPositions } from "@/lib/extraction";
import { SAMPLE_SENTENCES } from "@/lib/extraction/sample-sentences";

const ARTICLES = Number(process.argv[2] ?? 10_000);

// A small deterministic PRNG so every run measures the same articles.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

function synthesise(index: number): { body: string; title: string; published: string } {
  const paragraphs: string[] = [];
  const count = 8 + Math.floor(random() * 14);
  for (let i = 0; i < count; i++) {
    const sentence = SAMPLE_SENTENCES[Math.floor(random() * SAMPLE_SENTENCES.length)]!;
    paragraphs.push(random() < 0.3 && paragraphs.length ? `${paragraphs.pop()} ${sentence}` : sentence);
  }
  // New words in every article, as real news brings names and numbers the model has never seen.
  paragraphs.push(
    `Filed as case Kx${index.toString(36)} with ${index * 7 + 3} pages by reporter Zor${(index * 31).toString(36)}.`,
  );
  const day = String(1 + (index % 28)).padStart(2, "0");
  return {
    title: `Security guarantees: article ${index}`,
    published: `2026-01-${day}`,
    body: paragraphs.join("\n\n") + "\n",
  };
}

// Collect garbage before each reading, so the figures show what is retained, not what is pending.
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;

function memory(label: string): void {
  collect();
  const m = process.memoryUsage();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1).padStart(6);
  console.log(`${label.padEnd(8)} heap used ${mb(m.heapUsed)} MB   RSS ${mb(m.rss)} MB`);
}

// Warm up the model and the JIT, then measure.
for (let i = 0; i < 200; i++) extractPositions(synthesise(i));
memory("start");

let bytes = 0;
let positions = 0;
let busy = 0;
// Throughput per chunk of 500 articles: on a shared machine the best chunk is the engine's
// speed on one core, the median what other processes left it.
const chunkMBps: number[] = [];
let chunkBytes = 0;
let chunkBusy = 0;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
const cpuStart = process.cpuUsage();
for (let i = 0; i < ARTICLES; i++) {
  const article = synthesise(i);
  bytes += Buffer.byteLength(article.body, "utf8");
  const t0 = performance.now();
  positions += extractPositions(article).length;
  const spent = performance.now() - t0;
  busy += spent;
  chunkBusy += spent;
  chunkBytes += Buffer.byteLength(article.body, "utf8");
  if ((i + 1) % 500 === 0) {
    chunkMBps.push(chunkBytes / 1024 / 1024 / (chunkBusy / 1000));
    chunkBytes = 0;
    chunkBusy = 0;
  }
  if (i === Math.floor(ARTICLES / 2)) memory("middle");
}
const cpu = process.cpuUsage(cpuStart);
memory("end");

const mb = bytes / 1024 / 1024;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`articles ${ARTICLES}, ${mb.toFixed(1)} MB of text, ${positions} positions`);
chunkMBps.sort((a, b) => a - b);
const median = chunkMBps[Math.floor(chunkMBps.length / 2)] ?? 0;
const best = chunkMBps[chunkMBps.length - 1] ?? 0;
console.log(
  `throughput ${best.toFixed(2)} MB/s on one core (best chunk of 500 articles; median ${median.toFixed(2)} MB/s)`,
);
console.log(
  `throughput ${(mb / (busy / 1000)).toFixed(2)} MB/s wall clock overall (extraction only, ${(busy / 1000).toFixed(1)} s)`,
);
console.log(
  `throughput ${(mb / cpuSeconds).toFixed(2)} MB/s of CPU time on one core (${cpuSeconds.toFixed(1)} s, includes synthesis and GC)`,
);
