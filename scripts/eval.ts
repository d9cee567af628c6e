/**
 * Scores the extraction engine on the development corpus (../shared/corpus, or CORPUS_DIR):
 * strict, detection and evidence precision / recall / F1, micro-averaged over articles, as
 * the corpus README defines them, plus a per-article error list and the throughput.
 * The corpus is read at run time only; nothing from it is stored in the repository.
 */
import fs from "node:fs";
import path from "node:path";
import { extractPositions, parseArticleFile, proposeArticleFields, type PositionProposal } from "@/lib/extraction";

interface GoldPosition {
  country: string;
  commitment: string;
  stance: string;
  speaker: string | null;
  evidence: string;
  condition: string | null;
}

const corpusDir = process.env.CORPUS_DIR
  ? path.resolve(process.env.CORPUS_DIR)
  : path.resolve(process.cwd(), "../shared/corpus");
const articlesDir = path.join(corpusDir, "articles");
const labelsDir = path.join(corpusDir, "labels");

if (!fs.existsSync(articlesDir) || !fs.existsSync(labelsDir)) {
  console.log(`skipped: corpus not found at ${corpusDir} (set CORPUS_DIR to score elsewhere)`);
  process.exit(0);
}

const norm = (s: string) => s.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, " ").trim();
const evidenceMatches = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
};

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (n: number) => n.toFixed(3);

let proposed = 0;
let gold = 0;
let strictCorrect = 0;
let detectCorrect = 0;
let evidenceCorrect = 0;
const errors: string[] = [];
let bytes = 0;
const files = fs
  .readdirSync(articlesDir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const articles = files.map((file) => {
  const id = file.replace(/\.txt$/u, "");
  const text = fs.readFileSync(path.join(articlesDir, file), "utf8");
  const labelsPath = path.join(labelsDir, `${id}.json`);
  const labels: GoldPosition[] = fs.existsSync(labelsPath)
    ? JSON.parse(fs.readFileSync(labelsPath, "utf8")).positions
    : [];
  return { id, article: parseArticleFile(text), labels };
});

for (const { id, article, labels } of articles) {
  const got = extractPositions(article);
  bytes += Buffer.byteLength(article.body, "utf8");
  for (const p of got) {
    if (article.body.slice(p.start, p.end) !== p.evidence)
      errors.push(`${id}  OFFSET   ${p.country} ${p.commitment}: offsets do not match the evidence`);
  }
  const byCell = new Map<string, PositionProposal>(got.map((p) => [`${p.country}|${p.commitment}`, p]));
  const goldCells = new Map<string, GoldPosition>(labels.map((g) => [`${g.country}|${g.commitment}`, g]));
  proposed += byCell.size;
  gold += goldCells.size;
  for (const [key, g] of goldCells) {
    const p = byCell.get(key);
    if (!p) {
      errors.push(`${id}  MISSED   ${g.country} ${g.commitment} ${g.stance}  «${g.evidence.slice(0, 90)}»`);
      continue;
    }
    detectCorrect++;
    if (p.stance !== g.stance) {
      errors.push(
        `${id}  STANCE   ${g.country} ${g.commitment}: got ${p.stance}, gold ${g.stance}  «${p.evidence.slice(0, 90)}»  cues=${p.cues.join("|")}`,
      );
      continue;
    }
    strictCorrect++;
    if (evidenceMatches(p.evidence, g.evidence)) evidenceCorrect++;
    else
      errors.push(
        `${id}  EVIDENCE ${g.country} ${g.commitment}: got «${p.evidence.slice(0, 80)}», gold «${g.evidence.slice(0, 80)}»`,
      );
  }
  for (const [key, p] of byCell) {
    if (!goldCells.has(key))
      errors.push(
        `${id}  EXTRA    ${p.country} ${p.commitment} ${p.stance} (${p.confidence})  «${p.evidence.slice(0, 90)}»  cues=${p.cues.join("|")}`,
      );
  }
}

// Throughput on one core: the whole corpus, pass after pass, for at least a second. Each pass
// is timed on its own; on a shared machine the best pass is the engine's speed and the median
// shows what other processes left it.
const bodies = articles.map((a) => a.article);
for (const a of bodies) extractPositions(a); // warm-up: JIT compilation is not throughput
const passKBps: number[] = [];
let rounds = 0;
let processed = 0;
const cpuStart = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < 1500 || rounds < 5) {
  const p0 = performance.now();
  for (const a of bodies) extractPositions(a);
  passKBps.push(bytes / 1024 / ((performance.now() - p0) / 1000));
  processed += bytes;
  rounds++;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
passKBps.sort((a, b) => a - b);
const medianKBps = passKBps[Math.floor(passKBps.length / 2)]!;
const bestKBps = passKBps[passKBps.length - 1]!;

const seedPath = path.join(corpusDir, "seed-raw.txt");
let seedLine = "seed-raw.txt: not present";
if (fs.existsSync(seedPath)) {
  const fields = proposeArticleFields(fs.readFileSync(seedPath, "utf8"));
  const seedAt000 = articles.find((a) => a.id === "000");
  const same = seedAt000 ? fields.body === seedAt000.article.body : false;
  seedLine = `seed-raw.txt: title=${JSON.stringify(fields.title)} outlet=${JSON.stringify(fields.outlet)} published=${fields.published}; body equals article 000's: ${same}`;
}

console.log(`Corpus: ${corpusDir} (${articles.length} articles, ${gold} gold positions, ${proposed} proposed)`);
console.log("");
console.log("Errors:");
for (const e of errors) console.log(`  ${e}`);
if (errors.length === 0) console.log("  none");
console.log("");
const sp = proposed ? strictCorrect / proposed : 0;
const sr = gold ? strictCorrect / gold : 0;
const dp = proposed ? detectCorrect / proposed : 0;
const dr = gold ? detectCorrect / gold : 0;
const ev = strictCorrect ? evidenceCorrect / strictCorrect : 0;
console.log(`strict     P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}   (${strictCorrect} correct)`);
console.log(`detection  P ${pct(dp)}  R ${pct(dr)}  F1 ${pct(f1(dp, dr))}   (${detectCorrect} correct)`);
console.log(`evidence   ${pct(ev)} of strict matches have the gold sentence (${evidenceCorrect}/${strictCorrect})`);
console.log(
  `throughput ${bestKBps.toFixed(0)} KB/s on one core (best pass; median ${medianKBps.toFixed(0)} KB/s, ` +
    `overall ${(processed / 1024 / seconds).toFixed(0)} KB/s wall clock, ${(processed / 1024 / cpuSeconds).toFixed(0)} KB/s of process CPU time; ` +
    `${rounds} passes over ${(bytes / 1024).toFixed(1)} KB)`,
);
console.log(seedLine);
