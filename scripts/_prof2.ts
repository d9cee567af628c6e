import { extractPositions } from "@/lib/extraction";
import { findCorpusDir, labelledCorpus, readCorpusFiles } from "./lib/corpus";
const arts = labelledCorpus(readCorpusFiles(findCorpusDir()!)).map((a) => a.article);
for (let n = 0; n < 15; n++) for (const a of arts) extractPositions(a);
