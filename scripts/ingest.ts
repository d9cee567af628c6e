// `npm run ingest -- (--accept-all | --min-confidence X) [--editor EMAIL] FILE...`
// Bulk import for backfilling: each file is an article in the corpus format (or raw text),
// or JSON lines with the ingest form's fields. Reports per article what was created, skipped
// as a duplicate, or refused and why. Safe to rerun.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { localAppUrl, requestCacheInvalidation } from "@/lib/cache/request-invalidation";
import { resolveDatabaseUrl } from "@/lib/db/dialect";
import {
  type AcceptPolicy,
  candidateFromArticleFile,
  candidatesFromJsonLines,
  findUserIdByEmail,
  importArticle,
  type ImportCandidate,
} from "@/lib/ingest/bulk-import";
import { setupDatabase } from "@/lib/setup/setup-database";

const USAGE = "usage: npm run ingest -- (--accept-all | --min-confidence X) [--editor EMAIL] FILE...";

/** The running app caches its views: new articles must expire them, as a publish in the app does. */
async function reportInvalidation(): Promise<void> {
  const outcome = await requestCacheInvalidation();
  if (outcome.kind === "invalidated") console.log(`cached views of ${localAppUrl()} expired`);
  else if (outcome.kind === "no server") console.log(`no app running at ${localAppUrl()}: nothing cached to expire`);
  else
    console.error(
      `the app at ${localAppUrl()} refused to expire its cached views (${outcome.status}); they expire on their own within 5 minutes`,
    );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "accept-all": { type: "boolean" }, "min-confidence": { type: "string" }, editor: { type: "string" } },
  });
  const threshold = values["min-confidence"] === undefined ? null : Number(values["min-confidence"]);
  if (positionals.length === 0 || (values["accept-all"] ? threshold !== null : threshold === null)) {
    console.error(USAGE);
    return 2;
  }
  if (threshold !== null && !(threshold >= 0 && threshold <= 1)) {
    console.error("--min-confidence takes a number from 0 to 1");
    return 2;
  }
  const policy: AcceptPolicy = threshold === null ? { kind: "all" } : { kind: "min-confidence", threshold };
  await setupDatabase({ url: resolveDatabaseUrl(), seedDemo: false });
  const actorId = values.editor ? await findUserIdByEmail(values.editor) : null;
  if (values.editor && !actorId) {
    console.error(`No account with the email ${values.editor}`);
    return 2;
  }

  const counts = { created: 0, duplicate: 0, refused: 0 };
  for (const file of positionals) {
    let entries: { label: string; candidate: ImportCandidate | { error: string } }[];
    try {
      const text = fs.readFileSync(file, "utf8");
      entries = file.endsWith(".jsonl")
        ? candidatesFromJsonLines(text).map((candidate, i) => ({ label: `${file}:${i + 1}`, candidate }))
        : [{ label: file, candidate: candidateFromArticleFile(text) }];
    } catch (error) {
      entries = [{ label: file, candidate: { error: error instanceof Error ? error.message : String(error) } }];
    }
    for (const { label, candidate } of entries) {
      const result =
        "error" in candidate
          ? { status: "refused" as const, reason: candidate.error }
          : await importArticle(candidate, policy, actorId);
      counts[result.status] += 1;
      if (result.status === "created")
        console.log(
          `${label}: created article ${result.articleId} with ${result.accepted} position(s)${result.dropped ? `, ${result.dropped} below the confidence threshold left out` : ""}`,
        );
      else if (result.status === "duplicate")
        console.log(`${label}: skipped, duplicate of article ${result.articleId}`);
      else console.log(`${label}: refused, ${result.reason}`);
    }
  }
  console.log(`${counts.created} created, ${counts.duplicate} duplicate, ${counts.refused} refused`);
  if (counts.created > 0) await reportInvalidation();
  return counts.refused > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
