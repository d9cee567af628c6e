import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Transaction } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { beginRecordedChange, refreshPositions } from "@/lib/positions/maintain-positions";
import { fingerprintArticle } from "./fingerprint";
import type { PublishPosition } from "./publish-position";

// Under a burst of publishes (200 at once in lib/ingest/faults.integration.test.ts) a
// transaction waits for a pooled connection longer than Prisma's default 2 s; waiting is
// right, failing an editor's publish for it is not.
const PUBLISH_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

export interface PublishArticleInput {
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: Date;
  body: string;
  positions: PublishPosition[];
  actorId: string | null;
  /** Extra writes that must commit or fail with the article (e.g. closing the draft). */
  onCreated?: (tx: Transaction, articleId: string) => Promise<void>;
}

export type PublishArticleResult =
  { status: "created"; articleId: string } | { status: "duplicate"; articleId: string };

/** The id of the published article with this fingerprint, if any: how a duplicate is recognised. */
export async function findArticleIdByFingerprint(db: Db, fingerprint: string): Promise<string | null> {
  return (await db.article.findUnique({ where: { fingerprint }, select: { id: true } }))?.id ?? null;
}

/** Maps speaker names and aliases (lower case) to speaker ids. */
async function getSpeakerIndex(db: Db): Promise<Map<string, string>> {
  const speakers = await db.speaker.findMany({
    select: { id: true, name: true, aliases: { select: { alias: true } } },
  });
  const index = new Map<string, string>();
  for (const speaker of speakers) {
    index.set(speaker.name.toLowerCase(), speaker.id);
    for (const { alias } of speaker.aliases)
      if (!index.has(alias.toLowerCase())) index.set(alias.toLowerCase(), speaker.id);
  }
  return index;
}

/**
 * Writes an article, its statements and its commitments in one transaction. The article's
 * fingerprint is unique, so the same text published twice (a double click, two editors at
 * once) ends as one article: the loser gets `duplicate` with the existing id.
 * Positions that share a sentence, country, speaker and statement date share one statement.
 */
export async function publishArticle(db: Db, input: PublishArticleInput): Promise<PublishArticleResult> {
  const fingerprint = fingerprintArticle(input.body);
  const existingId = await findArticleIdByFingerprint(db, fingerprint);
  if (existingId) return { status: "duplicate", articleId: existingId };

  const speakerIndex = await getSpeakerIndex(db);
  for (const position of input.positions) {
    if (position.start < 0 || position.end > input.body.length || position.start >= position.end) {
      throw new RangeError(`Evidence offsets ${position.start}-${position.end} fall outside the article body`);
    }
  }

  try {
    const articleId = await db.$transaction(async (tx) => {
      const recordedAt = await beginRecordedChange(tx);
      const article = await tx.article.create({
        data: {
          createdAt: recordedAt,
          title: input.title,
          outlet: input.outlet,
          url: input.url,
          publishedOn: input.publishedOn,
          body: input.body,
          fingerprint,
          createdById: input.actorId,
        },
        select: { id: true },
      });
      const statementIds = new Map<string, string>();
      const reviewedAt = recordedAt;
      for (const position of input.positions) {
        const key = [
          position.start,
          position.end,
          position.country,
          position.speaker ?? "",
          position.statedOn.getTime(),
        ].join("|");
        let statementId = statementIds.get(key);
        if (!statementId) {
          const speakerId = position.speaker ? (speakerIndex.get(position.speaker.toLowerCase()) ?? null) : null;
          const statement = await tx.statement.create({
            data: {
              articleId: article.id,
              countryCode: position.country,
              speakerId,
              speakerName: position.speaker,
              sentence: input.body.slice(position.start, position.end),
              startOffset: position.start,
              endOffset: position.end,
              statedOn: position.statedOn,
            },
            select: { id: true },
          });
          statementId = statement.id;
          statementIds.set(key, statementId);
        }
        await tx.commitment.create({
          data: {
            statementId,
            countryCode: position.country,
            type: position.commitment,
            stance: position.stance,
            condition: position.condition,
            statedOn: position.statedOn,
            reviewState: position.reviewState,
            confidence: position.confidence,
            proposalEdited: position.proposalEdited,
            cues: JSON.stringify(position.cues),
            reviewedById: position.reviewState === "proposed" ? null : input.actorId,
            reviewedAt: position.reviewState === "proposed" ? null : reviewedAt,
            createdAt: recordedAt,
          },
        });
      }
      await refreshPositions(
        tx,
        input.positions
          .filter((position) => position.reviewState === "accepted")
          .map((position) => ({
            countryCode: position.country,
            type: position.commitment,
            statedOn: position.statedOn,
          })),
        recordedAt,
      );
      await recordAuditEvent(tx, {
        actorId: input.actorId,
        action: "article.publish",
        entityId: article.id,
        at: recordedAt,
        after: { title: input.title, outlet: input.outlet, positions: input.positions.length },
      });
      await input.onCreated?.(tx, article.id);
      return article.id;
    }, PUBLISH_TRANSACTION_OPTIONS);
    return { status: "created", articleId };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winnerId = await findArticleIdByFingerprint(db, fingerprint);
      if (winnerId) return { status: "duplicate", articleId: winnerId };
    }
    throw error;
  }
}
