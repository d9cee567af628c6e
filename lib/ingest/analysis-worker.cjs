// Entry of an analysis worker thread (lib/ingest/analysis-pool.ts). The analysis is TypeScript
// shared with the rest of the app, so the worker loads it through tsx, as `npm start` does.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry: tsx registers its require hook before the TypeScript is loaded */
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register({ tsconfig: path.join(__dirname, "../../tsconfig.json") });
const { runAnalysisTask } = require("./article-analysis.ts");

module.exports = function analyse(task) {
  return runAnalysisTask(task);
};
