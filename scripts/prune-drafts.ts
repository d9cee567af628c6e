// `npm run drafts:prune [-- --days N]`: removes review drafts untouched for N days (30 by
// default). A draft open in a review page is touched while it stays open, so it is never
// removed from under an editor; published articles are never touched by this.
import { parseArgs } from "node:util";
import { readAppEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/iso-day";
import { DRAFT_MAX_IDLE_DAYS, pruneDrafts } from "@/lib/ingest/prune-drafts";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";

const USAGE = "usage: npm run drafts:prune [-- --days N]   (N: whole days a draft has been untouched, default 30)";

class UsageError extends Error {}

function readDays(): number {
  const { values } = parseArgs({ options: { days: { type: "string" } }, strict: true });
  if (values.days === undefined) return DRAFT_MAX_IDLE_DAYS;
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1)
    throw new UsageError(`--days must be a whole number of days, 1 or more. ${USAGE}`);
  return days;
}

async function main(): Promise<void> {
  let days: number;
  try {
    days = readDays();
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`${(error as Error).message}. ${USAGE}`);
  }
  const env = readAppEnv();
  await setupDatabase({ url: env.DATABASE_URL, seedReference: false, seedDemo: false, log });
  const db = getDb();
  try {
    const { removed, cutoff } = await pruneDrafts({ maxIdleDays: days }, db);
    log(
      `drafts:prune removed ${removed} draft${removed === 1 ? "" : "s"} untouched since ${toIsoDay(cutoff)} (${days} days)`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(
      `drafts:prune ${error instanceof UsageError ? "refused" : "failed"}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
