/**
 * Where the development corpus is and how to read it. The corpus (real news articles) lives
 * outside the repository, in `shared/corpus` beside the checkout or its worktree folder; it is
 * read at run time only, never copied. CORPUS_DIR overrides the search.
 */
import fs from "node:fs";
import path from "node:path";

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
 * The articles that existed when the rules were first written: the sixteen numbered below 046
 * (000, 001, then every third number up to 043). Everything numbered from 046 on came later
 * and was not looked at while those rules were written, so the gap between the two groups
 * shows how much of a score is tuning.
 */
export const FIRST_NEW_ARTICLE = 46;
export const corpusGroup = (id: string): "old-16" | "new-30" =>
  Number.parseInt(id, 10) < FIRST_NEW_ARTICLE ? "old-16" : "new-30";

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
