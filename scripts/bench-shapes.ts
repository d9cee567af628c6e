/**
 * The slowest paste per 200 KB: every text path a paste reaches (field proposal, fingerprint,
 * sentence splitting, the whole extraction) on the shapes that used to make it backtrack and
 * on ordinary prose, one core, best of three runs. Figures only; the proof that the work is
 * linear is lib/extraction/linear-time.test.ts.
 * Run: npx tsx scripts/bench-shapes.ts
 */
import { extractPositions, proposeArticleFields, splitSentences } from "@/lib/extraction";
import { readWorkMeter } from "@/lib/extraction/work-meter";
import { fingerprintArticle } from "@/lib/ingest/fingerprint";

const SIZE = 200 * 1024;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const SHAPES: Record<string, string> = {
  "a number, spaces, a letter (one line)": `1${" ".repeat(SIZE - 2)}x`,
  "commas (one line)": ",".repeat(SIZE),
  "one word": "a".repeat(SIZE),
  "full stops then a letter": `${".".repeat(SIZE - 1)}x`,
  "short counter-like lines": repeatTo("1 x\n"),
  "breadcrumb parts padded with spaces": repeatTo(`a${" ".repeat(30)}/`),
  "date label, spaces, digit": `date${" ".repeat(SIZE - 6)}1x`,
  "one sentence of words without an end": repeatTo("Norway will send troops and "),
  "ordinary news prose": repeatTo(
    "Norway will send two frigates to the Black Sea once a ceasefire holds, the defence minister said on Monday.\n\n",
  ),
};

const PATHS: Record<string, (paste: string) => unknown> = {
  "field proposal": proposeArticleFields,
  fingerprint: fingerprintArticle,
  sentences: splitSentences,
  extraction: (paste) => extractPositions({ body: paste, published: "2026-01-05" }),
};

function bestOf(runs: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

console.log(
  `shape (200 KB)`.padEnd(40) +
    Object.keys(PATHS)
      .map((name) => name.padStart(16))
      .join(""),
);
let slowest = { shape: "", path: "", ms: 0 };
for (const [shape, paste] of Object.entries(SHAPES)) {
  const cells: string[] = [];
  for (const [path, run] of Object.entries(PATHS)) {
    const before = readWorkMeter();
    const ms = bestOf(3, () => run(paste));
    const work = (readWorkMeter() - before) / 3 / paste.length;
    if (ms > slowest.ms) slowest = { shape, path, ms };
    cells.push(`${ms.toFixed(0)} ms ${work > 0 ? `${work.toFixed(0)}/ch` : ""}`.padStart(16));
  }
  console.log(shape.padEnd(40) + cells.join(""));
}
console.log(
  `slowest: ${slowest.path} on "${slowest.shape}", ${slowest.ms.toFixed(0)} ms per 200 KB (before the linear rewrite: 134 s for 200 KB of commas, 42 s for a 200 KB word)`,
);
