import "server-only";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors/app-error";
import type { AnalysisOutcome, AnalysisTask } from "./article-analysis";

/**
 * Pastes are analysed in worker threads, never on the thread that serves pages: a paste that
 * takes long (up to 200 KB of anything an editor can paste) then delays only itself. Each task
 * has a time budget; over it, the worker is stopped (piscina terminates a thread whose task is
 * aborted) and the editor is told, with the text kept in the form.
 */
export const DEFAULT_ANALYSIS_BUDGET_MS = 15_000;

export function analysisBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.ANALYSIS_TIME_BUDGET_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_ANALYSIS_BUDGET_MS;
}

// One pool per process; two threads at most, as the machines this runs on have few cores and
// pages must keep one. A full queue is answered "busy" rather than queued without end.
const holder = globalThis as unknown as { trackerAnalysisPool?: Piscina };

function getPool(): Piscina {
  holder.trackerAnalysisPool ??= new Piscina({
    filename: path.join(process.cwd(), "lib/ingest/analysis-worker.cjs"),
    minThreads: 0,
    maxThreads: 2,
    maxQueue: 16,
    idleTimeout: 60_000,
  });
  return holder.trackerAnalysisPool;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || /aborted/i.test(error.message));
}

function isQueueFull(error: unknown): boolean {
  return error instanceof Error && /queue is at limit/i.test(error.message);
}

/**
 * Runs `task` in a worker; over the budget it is stopped and AppError ANALYSIS_OVER_BUDGET is
 * thrown, with a full queue AppError ANALYSIS_BUSY: the form shows either and keeps the text.
 */
export async function analyseInWorker<T extends AnalysisTask>(
  task: T,
  budgetMs = analysisBudgetMs(),
): Promise<Extract<AnalysisOutcome, { kind: T["kind"] }>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  try {
    return (await getPool().run(task, { signal: controller.signal })) as Extract<AnalysisOutcome, { kind: T["kind"] }>;
  } catch (error) {
    if (controller.signal.aborted && isAbort(error)) {
      throw new AppError("ANALYSIS_OVER_BUDGET", { message: overBudgetMessage(budgetMs) });
    }
    if (isQueueFull(error)) throw new AppError("ANALYSIS_BUSY");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** What the editor reads when a paste ran over its budget; the form keeps the text. */
export function overBudgetMessage(budgetMs: number): string {
  return `Analysing this text took longer than ${Math.round(budgetMs / 1000)} seconds, so it was stopped and nothing was saved. Your text is still in the form: remove what is not the article (menus, comments, other articles) and submit again.`;
}
