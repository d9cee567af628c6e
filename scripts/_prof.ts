import { extractPositions } from "@/lib/extraction";
import { extractPositionsByRules } from "@/lib/extraction/engine";
import { findCorpusDir, labelledCorpus, readCorpusFiles } from "./lib/corpus";
const arts = labelledCorpus(readCorpusFiles(findCorpusDir()!)).map((a) => a.article);
const bytes = arts.reduce((n, a) => n + a.body.length, 0);
for (const f of [extractPositionsByRules, extractPositions, extractPositionsByRules, extractPositions]) {
  for (const a of arts) f(a);
  const c0 = process.cpuUsage(); let n = 0;
  while (n < 8) { for (const a of arts) f(a); n++; }
  const c = process.cpuUsage(c0); console.log(f.name, ((bytes * n) / 1024 / ((c.user + c.system) / 1e6)).toFixed(0), "KB/s cpu");
}
