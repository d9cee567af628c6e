import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { getIngestDraft } from "@/lib/queries/get-ingest-draft";
import { createTestEditor, uniqueToken } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { createIngestDraft, publishDraft } from "./drafts";
import type { ReviewedPosition } from "./schema";

beforeEach(resetContent);

function article(token: string) {
  return {
    title: `Lisbon and Oslo ${token}`,
    outlet: "Test Wire",
    url: null,
    published: "2026-01-12",
    body:
      `Portugal will send a frigate to the Black Sea to help with demining, Prime Minister Luís Montenegro said on Monday.\n\n` +
      `Norway will not send troops to Ukraine, its prime minister said, but it supports the monitoring mission.\n\n` +
      `Analysts expect more announcements this spring (ref ${token}).\n`,
  };
}

async function draftFor(token: string) {
  const editor = await createTestEditor();
  const result = await createIngestDraft(article(token), editor.id);
  if (result.status !== "draft") throw new Error(`expected a new draft, got ${result.status}`);
  const draft = await getIngestDraft(result.draftId);
  return { editor, draftId: result.draftId, draft: draft! };
}

describe("createIngestDraft", () => {
  it("extracts proposals with evidence offsets into the stored body", async () => {
    const { draft } = await draftFor(uniqueToken());
    expect(draft.positions.length).toBeGreaterThan(0);
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
      { ...article(token), body: `  ${article(token).body.replace(/\n\n/g, "\n\n\n")}` },
      editor.id,
    );
    expect(again).toEqual({ status: "open-draft", draftId });

    const published = await publishDraft(draftId, [], editor.id);
    expect(published.status).toBe("published");
    const raw = `Lisbon pledges a frigate\n12 January 2026, 10:15\n2 345 views\nShare\n\n${article(token).body}`;
    const third = await createIngestDraft({ ...article(token), body: raw }, editor.id);
    expect(third).toEqual({
      status: "duplicate",
      articleId: published.status === "published" ? published.articleId : "",
    });
  });
});

describe("publishDraft", () => {
  function decide(positions: ReviewedPosition[], decisions: ReviewedPosition["decision"][]): ReviewedPosition[] {
    return positions.map((position, i) => ({ ...position, decision: decisions[i] ?? "pending" }));
  }

  it("publishes accepted positions to the matrix, keeps rejected ones out, drops undecided ones", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const maritime = draft.positions.findIndex((p) => p.country === "PT" && p.commitment === "maritime");
    expect(maritime).toBeGreaterThanOrEqual(0);
    const decisions = draft.positions.map((_, i) =>
      i === maritime ? "accepted" : "rejected",
    ) as ReviewedPosition["decision"][];
    const added: ReviewedPosition = {
      ...draft.positions[maritime]!,
      commitment: "training",
      stance: "considering",
      decision: "accepted",
    };
    const result = await publishDraft(draftId, [...decide(draft.positions, decisions), added], editor.id);
    expect(result.status).toBe("published");

    const matrix = await getMatrixAt("2026-11-24");
    expect(matrix.rows.map((row) => row.code)).toEqual(["PT"]);
    expect(matrix.rows[0]?.cells.maritime?.stance).toBe(draft.positions[maritime]!.stance);
    expect(matrix.rows[0]?.cells.training?.stance).toBe("considering");
    expect(await getDb().commitment.count({ where: { reviewState: "rejected" } })).toBe(draft.positions.length - 1);
    expect((await getIngestDraft(draftId))?.status).toBe("published");
  });

  it("publishes once however often it is submitted, even concurrently", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const positions = decide(
      draft.positions,
      draft.positions.map(() => "accepted"),
    );
    const results = await Promise.all([1, 2, 3].map(() => publishDraft(draftId, positions, editor.id)));
    expect(new Set(results.map((r) => ("articleId" in r ? r.articleId : null))).size).toBe(1);
    expect(await getDb().article.count()).toBe(1);
    expect(await getDb().commitment.count()).toBe(positions.length);
    const later = await publishDraft(draftId, positions, editor.id);
    expect(later.status).toBe("duplicate");
    expect(await getDb().article.count()).toBe(1);
  });

  it("refuses an unknown country and writes nothing", async () => {
    const { editor, draftId, draft } = await draftFor(uniqueToken());
    const positions = decide(draft.positions, ["accepted"]).map((p, i) => (i === 0 ? { ...p, country: "QQ" } : p));
    await expect(publishDraft(draftId, positions, editor.id)).rejects.toMatchObject({
      code: "UNKNOWN_COUNTRY",
      message: expect.stringMatching(/QQ/),
    });
    expect(await getDb().article.count()).toBe(0);
    expect((await getIngestDraft(draftId))?.status).toBe("open");
  });
});
