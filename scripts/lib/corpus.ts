/**
 * Where the development corpus is and how to read it. The corpus (real news articles) lives
 * outside the repository, in `shared/corpus` beside the checkout or its worktree folder; it is
 * read at run time only, never copied. CORPUS_DIR overrides the search.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArticleFile } from "@/lib/extraction";
import type { GoldLabel, LabelledArticle } from "@/lib/extraction/training";

/** The corpus folder: CORPUS_DIR, else the nearest `shared/corpus` above the working directory. */
export function findCorpusDir(from: string = process.cwd()): string | null {
  if (process.env.CORPUS_DIR) {
    const dir = path.resolve(process.env.CORPUS_DIR);
    return fs.existsSync(path.join(dir, "articles")) ? dir : null;
  }
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(path.dirname(dir), "shared", "corpus");
    if (fs.existsSync(path.join(candidate, "articles"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The corpus batches of its README, by article number: the folds of the cross-validation are
 * stratified by them, and `npm run eval` reports each (000-045 and 046-090 are the articles
 * the rules were first written on; 091-250 were added after).
 */
export const CORPUS_BATCHES = [
  { name: "000-045 first sample", first: 0, last: 45 },
  { name: "046-090 agreements, coalition, US", first: 46, last: 90 },
  { name: "091-130 smaller countries", first: 91, last: 130 },
  { name: "131-170 great powers, talks", first: 131, last: 170 },
  { name: "171-210 agreements, money, arms", first: 171, last: 210 },
  { name: "211-250 agency copy and traps", first: 211, last: 250 },
] as const;

export function corpusBatch(id: string): string {
  const n = Number.parseInt(id, 10);
  return CORPUS_BATCHES.find((b) => n >= b.first && n <= b.last)?.name ?? "other";
}

/** The first article added after the rules were written: 091-250 is the honest unseen set for the rules. */
export const FIRST_UNSEEN_BY_RULES = 91;

export interface CorpusArticleFile {
  id: string;
  text: string;
  labelsJson: string | null;
}

export function readCorpusFiles(corpusDir: string): CorpusArticleFile[] {
  const articlesDir = path.join(corpusDir, "articles");
  const labelsDir = path.join(corpusDir, "labels");
  return fs
    .readdirSync(articlesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/u, "");
      const labelsPath = path.join(labelsDir, `${id}.json`);
      return {
        id,
        text: fs.readFileSync(path.join(articlesDir, file), "utf8"),
        labelsJson: fs.existsSync(labelsPath) ? fs.readFileSync(labelsPath, "utf8") : null,
      };
    });
}

/** A hash of every article and label file, so a model says which corpus it was trained on. */
export function corpusHash(files: readonly CorpusArticleFile[]): string {
  const hash = crypto.createHash("sha256");
  for (const f of files)
    hash
      .update(f.id)
      .update("\0")
      .update(f.text)
      .update("\0")
      .update(f.labelsJson ?? "")
      .update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** The corpus as labelled articles for training and scoring. */
export function labelledCorpus(files: readonly CorpusArticleFile[]): LabelledArticle[] {
  return files.map((f) => ({
    id: f.id,
    batch: corpusBatch(f.id),
    article: parseArticleFile(f.text),
    gold: f.labelsJson ? (JSON.parse(f.labelsJson) as { positions: GoldLabel[] }).positions : [],
  }));
}
