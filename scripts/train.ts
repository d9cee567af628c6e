/**
 * `npm run train`: trains the extraction engine's decision stage (lib/extraction/model.ts) on
 * the development corpus (../shared/corpus, read at run time) and writes the versioned model
 * to lib/extraction/model/extraction-model.json, with the corpus hash and the figures its
 * recipe scored under 5-fold cross-validation by article. Deterministic: the same corpus gives
 * the same file. `--with-decisions` adds what editors accepted, edited, rejected and added in
 * the database (DATABASE_URL) as further labelled articles.
 */
import fs from "node:fs";
import path from "node:path";
import { STANCES } from "@/lib/domain/taxonomy";
import { DEFAULT_LEARN_OPTIONS } from "@/lib/extraction/learn";
import { MODEL_PATH } from "@/lib/extraction/model-file";
import { crossValidate, figuresOf, modelOf, prepareArticles, type LabelledArticle } from "@/lib/extraction/training";
import { corpusHash, findCorpusDir, labelledCorpus, readCorpusFiles } from "./lib/corpus";

const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

async function main(): Promise<void> {
  const started = performance.now();
  const corpusDir = findCorpusDir();
  if (!corpusDir) {
    console.error("no shared/corpus found above the working directory (set CORPUS_DIR)");
    return process.exit(1);
  }
  const files = readCorpusFiles(corpusDir);
  const labelled: LabelledArticle[] = labelledCorpus(files);

  let editorArticles: LabelledArticle[] = [];
  if (process.argv.includes("--with-decisions")) {
    const { getEditorTrainingArticles } = await import("@/lib/queries/get-editor-training-articles");
    editorArticles = await getEditorTrainingArticles();
    console.log(`[train] ${editorArticles.length} published articles with editor decisions from the database`);
  }

  const prepared = prepareArticles([...labelled, ...editorArticles]);
  const corpusOnly = prepared.filter((a) => a.batch !== "editors");

  // The figures the recipe scores on articles it was not trained on (the corpus only, so that
  // runs with and without editor decisions are comparable).
  const cv = crossValidate(corpusOnly, 5, DEFAULT_LEARN_OPTIONS);

  const model = modelOf(prepared, DEFAULT_LEARN_OPTIONS);
  model.trainedOn = {
    corpusHash: corpusHash(files),
    articles: labelled.length,
    positions: labelled.reduce((n, a) => n + a.gold.length, 0),
    editorDecisions: editorArticles.reduce((n, a) => n + a.gold.length, 0),
  };
  model.options = { ...DEFAULT_LEARN_OPTIONS, folds: 5 };
  model.figures = figuresOf(corpusOnly, cv);
  if (model.stance.classes.join() !== STANCES.join()) throw new Error("stance classes out of order");

  const file = path.resolve(MODEL_PATH);
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  const kb = fs.statSync(file).size / 1024;
  console.log(
    `[train] ${prepared.length} articles, ${prepared.reduce((n, a) => n + a.candidates.length, 0)} candidates; ` +
      `cross-validated strict F1 ${model.figures.strictF1}, detection ${model.figures.detectionF1}; ` +
      `thresholds ${JSON.stringify(model.thresholds)}`,
  );
  console.log(
    `[train] wrote ${path.relative(process.cwd(), file)} (${kb.toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${cpuSeconds().toFixed(1)} s of CPU time; on a shared machine that is the figure to compare)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
