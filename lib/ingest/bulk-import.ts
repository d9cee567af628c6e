import "server-only";
import { z } from "zod";
import { type Db, getDb } from "@/lib/db/client";
import { extractPositions, parseArticleFile } from "@/lib/extraction";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { fingerprintArticle } from "./fingerprint";
import { findArticleIdByFingerprint, publishArticle } from "./publish-article";
import { toPublishPosition } from "./publish-position";
import { IngestArticleSchema } from "./schema";

export type AcceptPolicy = { kind: "all" } | { kind: "min-confidence"; threshold: number };

export type ImportResult =
  | { status: "created"; articleId: string; accepted: number; dropped: number }
  | { status: "duplicate"; articleId: string }
  | { status: "refused"; reason: string };

/** One article of a bulk import: the form's fields, from a JSON line or an article file. */
export type ImportCandidate = Record<"title" | "outlet" | "url" | "published" | "body", string | null | undefined>;

/** Reads a corpus-format article file (or raw text) into the form's fields. */
export function candidateFromArticleFile(text: string): ImportCandidate {
  const parsed = parseArticleFile(text);
  return {
    title: parsed.title,
    outlet: parsed.outlet,
    url: parsed.url,
    published: parsed.published,
    body: parsed.body,
  };
}

/** Reads a JSON-lines file: one object with the form's fields per line. */
export function candidatesFromJsonLines(text: string): (ImportCandidate | { error: string })[] {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as ImportCandidate;
      } catch {
        return { error: `line ${index + 1} is not valid JSON` };
      }
    });
}

/**
 * Runs one article through the same pipeline as the ingest form (validation, duplicate
 * check, extraction) and publishes the positions the policy accepts, without a review.
 * Rerunning an import skips what is already there.
 */
export async function importArticle(
  candidate: ImportCandidate,
  policy: AcceptPolicy,
  actorId: string | null,
  db: Db = getDb(),
): Promise<ImportResult> {
  const parsed = IngestArticleSchema.safeParse({
    title: candidate.title ?? "",
    outlet: candidate.outlet ?? "",
    url: candidate.url ?? "",
    published: candidate.published ?? "",
    body: candidate.body ?? "",
  });
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors;
    return {
      status: "refused",
      reason: Object.entries(fields)
        .map(([field, errors]) => `${field}: ${errors?.[0]}`)
        .join("; "),
    };
  }
  const input = parsed.data;
  const existingId = await findArticleIdByFingerprint(db, fingerprintArticle(input.body));
  if (existingId) return { status: "duplicate", articleId: existingId };

  const proposals = extractPositions(input);
  const accepted = proposals.filter((p) => policy.kind === "all" || p.confidence >= policy.threshold);
  const result = await publishArticle(db, {
    title: input.title,
    outlet: input.outlet,
    url: input.url,
    publishedOn: parseIsoDay(input.published)!,
    body: input.body,
    actorId,
    positions: accepted.map((p) => toPublishPosition({ ...p, statedOn: parseIsoDay(p.statedOn ?? input.published)! })),
  });
  if (result.status === "duplicate") return { status: "duplicate", articleId: result.articleId };
  return {
    status: "created",
    articleId: result.articleId,
    accepted: accepted.length,
    dropped: proposals.length - accepted.length,
  };
}

export async function findUserIdByEmail(email: string, db: Db = getDb()): Promise<string | null> {
  return (await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } }))?.id ?? null;
}
