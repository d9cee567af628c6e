/**
 * The work a paste costs, as one task for the analysis worker pool (lib/ingest/analysis-pool.ts):
 * fingerprinting, field proposal for a raw page paste, and extraction. Plain code with no
 * server-only import, since it runs in a worker thread outside Next's server environment.
 */
import { type ArticleInput, extractPositions, type PositionProposal, proposeArticleFields } from "@/lib/extraction";
import type { ProposedArticleFields } from "@/lib/extraction";
import { fingerprintArticle } from "./fingerprint";

export type AnalysisTask =
  | { kind: "fingerprint"; body: string }
  | { kind: "extract"; article: ArticleInput & { published: string } }
  | { kind: "propose-fields"; rawPaste: string };

export type AnalysisOutcome =
  | { kind: "fingerprint"; fingerprint: string }
  | { kind: "extract"; proposals: PositionProposal[] }
  | { kind: "propose-fields"; fields: ProposedArticleFields };

export function runAnalysisTask(task: AnalysisTask): AnalysisOutcome {
  switch (task.kind) {
    case "fingerprint":
      return { kind: task.kind, fingerprint: fingerprintArticle(task.body) };
    case "extract":
      return { kind: task.kind, proposals: extractPositions(task.article) };
    case "propose-fields":
      return { kind: task.kind, fields: proposeArticleFields(task.rawPaste) };
  }
}
