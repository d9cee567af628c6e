import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { CommitmentType, ReviewState, Stance } from "@/lib/domain/taxonomy";
import type { DraftPosition } from "@/lib/ingest/draft-position";
import { publishArticle } from "@/lib/ingest/publish-article";
import { sentenceSpan, toPublishPosition } from "@/lib/ingest/publish-position";

/** A unique token so that tests sharing one database never see each other's rows. */
export function uniqueToken(): string {
  return crypto.randomUUID().slice(0, 8);
}

export interface TestPosition {
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  sentence: string;
  condition?: string | null;
  speaker?: string | null;
  reviewState?: ReviewState;
}

/** Publishes an article made of the given sentences, each carrying its positions. */
export async function createPublishedArticle(options: {
  published: string;
  positions: TestPosition[];
  title?: string;
  extraText?: string;
}) {
  const sentences = [...new Set(options.positions.map((p) => p.sentence))];
  const body = [...sentences, options.extraText ?? `Reference ${uniqueToken()}.`].join("\n\n");
  const publishedOn = new Date(`${options.published}T00:00:00Z`);
  const result = await publishArticle(getDb(), {
    title: options.title ?? `Test article ${uniqueToken()}`,
    outlet: "Test outlet",
    url: null,
    publishedOn,
    body,
    actorId: null,
    positions: options.positions.map((position) =>
      toPublishPosition({ ...position, ...sentenceSpan(body, position.sentence), statedOn: publishedOn }),
    ),
  });
  return { ...result, body };
}

/** An editor account row for tests that need an actor (no password: tests never sign in with it). */
export async function createTestEditor(role: "editor" | "admin" = "editor") {
  const token = uniqueToken();
  return getDb().user.create({
    data: { id: `test-${token}`, name: `Editor ${token}`, email: `editor-${token}@example.test`, role },
    select: { id: true, email: true },
  });
}

/**
 * An article for the ingest form whose engine proposals the draft tests rely on: Portugal's
 * frigate (maritime, committed), Norway's refusal of troops and its support for monitoring.
 */
export function draftTestArticle(token: string, title = `Lisbon and Oslo ${token}`) {
  return {
    title,
    outlet: "Test Wire",
    url: null,
    published: "2026-01-12",
    body:
      `Portugal will send a frigate to the Black Sea to help with demining, Prime Minister Luís Montenegro said on Monday.\n\n` +
      `Norway will not send troops to Ukraine, its prime minister said, but it supports the monitoring mission.\n\n` +
      `Analysts expect more announcements this spring (ref ${token}).\n`,
  };
}

/** The edit an editor saves for a draft position, with `changes` applied. */
export function positionEditOf(position: DraftPosition, changes: Partial<DraftPosition> = {}) {
  const { id, country, commitment, stance, condition, speaker, start, end, statedOn } = { ...position, ...changes };
  return { id, country, commitment, stance, condition, speaker, start, end, statedOn };
}
