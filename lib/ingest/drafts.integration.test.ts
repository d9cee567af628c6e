import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { getIngestDraft } from "@/lib/queries/get-ingest-draft";
import {
  createPublishedArticle,
  createTestEditor,
  draftTestArticle,
  positionEditOf,
  uniqueToken,
} from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import type { DraftPosition } from "./draft-position";
import { createIngestDraft, decideDraftPosition, keepDraftOpen, publishDraft, saveDraftPosition } from "./drafts";
import { pruneDrafts } from "./prune-drafts";

beforeEach(resetContent);

async function draftFor(token: string) {
  const editor = await createTestEditor();
  const result = await createIngestDraft(draftTestArticle(token), editor.id);
  if (result.status !== "draft") throw new Error(`expected a new draft, got ${result.status}`);
  const draft = await getIngestDraft(result.draftId);
  return { editor, draftId: result.draftId, draft: draft! };
}

function find(positions: DraftPosition[], country: string, commitment: string): DraftPosition {
  const found = positions.find((p) => p.country === country && p.commitment === commitment);
  if (!found) throw new Error(`no ${country} ${commitment} proposal in ${JSON.stringify(positions)}`);
  return found;
}

async function decideAll(draftId: string, positions: DraftPosition[], decision: DraftPosition["decision"]) {
  for (const position of positions) await decideDraftPosition(draftId, position.id, decision);
  return (await getIngestDraft(draftId))!.version;
}

describe("createIngestDraft", () => {
  it("extracts proposals with ids and evidence offsets into the stored body, at version 0", async () => {
    const { draft } = await draftFor(uniqueToken());
    expect(draft.positions.length).toBeGreaterThan(0);
    expect(draft.version).toBe(0);
    expect(new Set(draft.positions.map((p) => p.id)).size).toBe(draft.positions.length);
    for (const position of draft.positions) {
      expect(draft.body.slice(position.start, position.end)).toBe(position.evidence);
      expect(position.decision).toBe("pending");
    }
    expect(draft.positions.some((p) => p.country === "PT" && p.commitment === "maritime")).toBe(true);
  });

  it("sends a second paste of an article under review to the open draft, and of a published one to the article", async () => {
    const token = uniqueToken();
    const { editor, draftId } = await draftFor(token);
    const again = await createIngestDraft(
      { ...draftTestArticle(token), body: `  ${draftTestArticle(token).body.replace(/\n\n/g, "\n\n\n")}` },
      editor.id,
    );
    expect(again).toEqual({ status: "open-draft", draftId });

    const published = await publishDraft(draftId, { version: 0 }, editor.id);
    expect(published.status).toBe("published");
    const raw = `Lisbon pledges a frigate\n12 January 2026, 10:15\n2 345 views\nShare\n\n${draftTestArticle(token).body}`;
    const third = await createIngestDraft({ ...draftTestArticle(token), body: raw }, editor.id);
    expect(third).toEqual({
      status: "duplicate",
      articleId: published.status === "published" ? published.articleId : "",
    });
  });

  it("lands identical pastes sent at once by one editor on one open draft", async () => {
    const editor = await createTestEditor();
    for (let round = 0; round < 3; round++) {
      const article = draftTestArticle(uniqueToken());
      const results = await Promise.all([1, 2, 3].map(() => createIngestDraft(article, editor.id)));
      const draftIds = new Set(results.map((result) => (result.status === "duplicate" ? null : result.draftId)));
      expect(draftIds.size, JSON.stringify(results)).toBe(1);
      expect(results.filter((result) => result.status === "draft")).toHaveLength(1);
      expect(await getDb().ingestDraft.count({ where: { title: article.title, status: "open" } })).toBe(1);
    }
  });

  it("refuses a second open draft of one article by one editor in the database itself", async () => {
    const { editor, draftId } = await draftFor(uniqueToken());
    const db = getDb();
    const first = await db.ingestDraft.findUniqueOrThrow({ where: { id: draftId } });
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...copy } = first;
    await expect(db.ingestDraft.create({ data: { ...copy, createdById: editor.id } })).rejects.toMatchObject({
      code: "P2002",
    });
    // A published draft no longer holds the place: the same editor may open the article again.
    await db.ingestDraft.update({ where: { id: draftId }, data: { status: "published" } });
    await expect(db.ingestDraft.create({ data: { ...copy, createdById: editor.id } })).resolves.toBeTruthy();
  });
});

describe("saving decisions on the draft", () => {
  it("keeps every decision as made, each save bumping the version", async () => {
    const { draftId, draft } = await draftFor(uniqueToken());
    const [first, second, third] = draft.positions;
    expect(third).toBeDefined();
    expect(await decideDraftPosition(draftId, first!.id, "accepted")).toMatchObject({ version: 1 });
    expect(await decideDraftPosition(draftId, second!.id, "rejected")).toMatchObject({ version: 2 });
    expect(await decideDraftPosition(draftId, third!.id, "accepted")).toMatchObject({ version: 3 });

    const reread = (await getIngestDraft(draftId))!;
    expect(reread.version).toBe(3);
    expect(reread.positions.slice(0, 3).map((p) => p.decision)).toEqual(["accepted", "rejected", "accepted"]);
  });

  it("loses no decision when two tabs save at the same moment", async () => {
    const { draftId, draft } = await draftFor(uniqueToken());
    const results = await Promise.all(
      draft.positions.map((position, i) => decideDraftPosition(draftId, position.id, i % 2 ? "rejected" : "accepted")),
    );
    expect(results.map((r) => r.outcome.kind)).toEqual(draft.positions.map(() => "decided"));
    const reread = (await getIngestDraft(draftId))!;
    expect(reread.version).toBe(draft.positions.length);
    expect(reread.positions.map((p) => p.decision)).toEqual(
      draft.positions.map((_, i) => (i % 2 ? "rejected" : "accepted")),
    );
  });

  it("saves an edited statement date, and refuses one after the article's date with the field's error", async () => {
    const { draftId, draft } = await draftFor(uniqueToken());
    const maritime = find(draft.positions, "PT", "maritime");
    const late = saveDraftPosition(draftId, positionEditOf(maritime, { statedOn: "2026-01-13" }), "accepted");
    await expect(late).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { statedOn: [expect.stringMatching(/after/)] },
    });
    expect((await getIngestDraft(draftId))!.version).toBe(0);

    const saved = await saveDraftPosition(draftId, positionEditOf(maritime, { statedOn: "2025-11-20" }), "accepted");
    expect(saved).toMatchObject({ outcome: { kind: "updated", positionId: maritime.id } });
    expect(find((await getIngestDraft(draftId))!.positions, "PT", "maritime")).toMatchObject({
      statedOn: "2025-11-20",
      decision: "accepted",
    });
  });

  it("merges a hand-added position identical to a proposal, and publishes it once", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const maritime = find(draft.positions, "PT", "maritime");
    const byHand = { ...positionEditOf(maritime), id: "ehand1", speaker: "Luís Montenegro" };
    const saved = await saveDraftPosition(draftId, byHand, "accepted");
    expect(saved).toMatchObject({ outcome: { kind: "merged", positionId: maritime.id } });
    const reread = (await getIngestDraft(draftId))!;
    expect(reread.positions).toHaveLength(draft.positions.length);

    const published = await publishDraft(draftId, { version: reread.version }, editor.id);
    expect(published.status).toBe("published");
    expect(await getDb().commitment.count({ where: { countryCode: "PT", type: "maritime" } })).toBe(1);
  });

  it("refuses changes once the draft is published", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    await publishDraft(draftId, { version: 0 }, editor.id);
    await expect(decideDraftPosition(draftId, draft.positions[0]!.id, "accepted")).rejects.toMatchObject({
      code: "DRAFT_CLOSED",
    });
    await expect(decideDraftPosition("no-such-draft", "p1", "accepted")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("publishDraft", () => {
  it("publishes what is saved: accepted to the matrix at their statement date, rejected as rejected, undecided as proposed", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const maritime = find(draft.positions, "PT", "maritime");
    const others = draft.positions.filter((p) => p.id !== maritime.id);
    await saveDraftPosition(draftId, positionEditOf(maritime, { statedOn: "2025-12-01" }), "accepted");
    await decideDraftPosition(draftId, others[0]!.id, "rejected");
    const version = (await getIngestDraft(draftId))!.version;

    expect(await publishDraft(draftId, { version }, editor.id)).toMatchObject({ status: "published" });
    const before = await getMatrixAt("2025-11-30");
    expect(before.rows).toEqual([]);
    const after = await getMatrixAt("2025-12-01");
    expect(after.rows.map((row) => row.code)).toEqual(["PT"]);
    expect(Object.keys(after.rows[0]!.cells)).toEqual(["maritime"]);
    const states = await getDb().commitment.groupBy({ by: ["reviewState"], _count: true });
    expect(Object.fromEntries(states.map((s) => [s.reviewState, s._count]))).toEqual({
      accepted: 1,
      rejected: 1,
      ...(others.length > 1 ? { proposed: others.length - 1 } : {}),
    });
    expect((await getIngestDraft(draftId))?.status).toBe("published");
  });

  it("refuses a publish from a view older than the saved draft, and writes nothing", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    await decideDraftPosition(draftId, draft.positions[0]!.id, "accepted");
    // A second tab still shows version 0; the first saved a decision since.
    await expect(publishDraft(draftId, { version: 0 }, editor.id)).rejects.toMatchObject({ code: "STALE_DRAFT" });
    expect(await getDb().article.count()).toBe(0);
    expect((await getIngestDraft(draftId))?.status).toBe("open");
    expect(await publishDraft(draftId, { version: 1 }, editor.id)).toMatchObject({ status: "published" });
  });

  it("never publishes a decision saved while the publish runs: one of the two is refused", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const version = await decideAll(draftId, draft.positions, "accepted");
    const [published, decided] = await Promise.allSettled([
      publishDraft(draftId, { version }, editor.id),
      decideDraftPosition(draftId, draft.positions[0]!.id, "rejected"),
    ]);
    const rejected = await getDb().commitment.count({ where: { reviewState: "rejected" } });
    if (published.status === "fulfilled") {
      expect(published.value.status).toBe("published");
      expect(decided).toMatchObject({ status: "rejected", reason: { code: "DRAFT_CLOSED" } });
      expect(rejected).toBe(0);
    } else {
      expect(published.reason).toMatchObject({ code: "STALE_DRAFT" });
      expect(decided.status).toBe("fulfilled");
      expect(await getDb().article.count()).toBe(0);
    }
  });

  it("publishes once however often it is submitted, even concurrently", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const version = await decideAll(draftId, draft.positions, "accepted");
    const results = await Promise.all([1, 2, 3].map(() => publishDraft(draftId, { version }, editor.id)));
    expect(new Set(results.map((r) => ("articleId" in r ? r.articleId : null))).size).toBe(1);
    expect(await getDb().article.count()).toBe(1);
    expect(await getDb().commitment.count()).toBe(draft.positions.length);
    const later = await publishDraft(draftId, { version }, editor.id);
    expect(later.status).toBe("duplicate");
    expect(await getDb().article.count()).toBe(1);
  });

  it("holds back a same-day contradiction of the matrix until the editor confirms it", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const maritime = find(draft.positions, "PT", "maritime");
    await createPublishedArticle({
      published: "2026-01-12",
      positions: [
        { country: "PT", commitment: "maritime", stance: "ruled_out", sentence: "Portugal rules out ships." },
      ],
    });
    await saveDraftPosition(draftId, positionEditOf(maritime, { stance: "committed" }), "accepted");
    const version = (await getIngestDraft(draftId))!.version;
    await expect(publishDraft(draftId, { version }, editor.id)).rejects.toMatchObject({
      code: "UNCONFIRMED_CONTRADICTION",
    });
    expect(await getDb().article.count()).toBe(1);
    expect(await publishDraft(draftId, { version, confirmContradictions: true }, editor.id)).toMatchObject({
      status: "published",
    });
  });

  it("refuses an accepted position of an unknown country and writes nothing", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    await getDb().ingestDraft.update({
      where: { id: draftId },
      data: {
        proposals: JSON.stringify(
          draft.positions.map((p, i) => (i === 0 ? { ...p, country: "QQ", decision: "accepted" } : p)),
        ),
      },
    });
    await expect(publishDraft(draftId, { version: 0 }, editor.id)).rejects.toMatchObject({
      code: "UNKNOWN_COUNTRY",
      message: expect.stringMatching(/QQ/),
    });
    expect(await getDb().article.count()).toBe(0);
    expect((await getIngestDraft(draftId))?.status).toBe("open");
  });
});

describe("pruneDrafts", () => {
  const DAY = 86_400_000;

  async function ageDraft(draftId: string, days: number, now: Date) {
    await getDb().ingestDraft.update({
      where: { id: draftId },
      data: { updatedAt: new Date(now.getTime() - days * DAY) },
    });
  }

  it("removes drafts untouched for 30 days, open or published, and keeps the rest", async () => {
    const now = new Date();
    const abandoned = await draftFor(uniqueToken());
    const recent = await draftFor(uniqueToken());
    const published = await draftFor(uniqueToken());
    await publishDraft(published.draftId, { version: 0 }, published.editor.id);
    await ageDraft(abandoned.draftId, 31, now);
    await ageDraft(recent.draftId, 29, now);
    await ageDraft(published.draftId, 45, now);

    const result = await pruneDrafts({ now });
    expect(result.removed).toBe(2);
    expect(await getIngestDraft(abandoned.draftId)).toBeNull();
    expect(await getIngestDraft(published.draftId)).toBeNull();
    expect(await getIngestDraft(recent.draftId)).not.toBeNull();
    // The published article is untouched by the pruning of its draft.
    expect(await getDb().article.count()).toBe(1);
  });

  it("never removes a draft open in review: the open page keeps it touched", async () => {
    const now = new Date();
    const { draftId } = await draftFor(uniqueToken());
    await ageDraft(draftId, 40, now);
    expect(await keepDraftOpen(draftId)).toBe(true);
    expect((await pruneDrafts({ now })).removed).toBe(0);
    expect(await getIngestDraft(draftId)).not.toBeNull();
  });

  it("counts a saved decision as a touch", async () => {
    const now = new Date();
    const { draftId, draft } = await draftFor(uniqueToken());
    await ageDraft(draftId, 40, now);
    await decideDraftPosition(draftId, draft.positions[0]!.id, "accepted");
    expect((await pruneDrafts({ now })).removed).toBe(0);
  });
});
