import { beforeEach, describe, expect, it } from "vitest";
import { createIngestDraft, decideDraftPosition, publishDraft } from "@/lib/ingest/drafts";
import { createPublishedArticle, createTestEditor, draftTestArticle, uniqueToken } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getEditorTrainingArticles } from "./get-editor-training-articles";
import { getIngestDraft } from "./get-ingest-draft";

beforeEach(resetContent);

describe("getEditorTrainingArticles", () => {
  it("labels what editors accepted on its sentence and leaves out what they rejected", async () => {
    const editor = await createTestEditor();
    const token = uniqueToken();
    const created = await createIngestDraft(draftTestArticle(token), editor.id);
    if (created.status !== "draft") throw new Error(`expected a draft, got ${created.status}`);
    const draft = (await getIngestDraft(created.draftId))!;
    for (const p of draft.positions)
      await decideDraftPosition(created.draftId, p.id, p.country === "PT" ? "accepted" : "rejected");
    const { version } = (await getIngestDraft(created.draftId))!;
    expect(await publishDraft(created.draftId, { version, confirmContradictions: true }, editor.id)).toMatchObject({
      status: "published",
    });

    const [article] = await getEditorTrainingArticles();
    expect(article).toMatchObject({ batch: "editors", article: { published: "2026-01-12" } });
    expect(article!.article.body).toContain(`ref ${token}`);
    const accepted = draft.positions.filter((p) => p.country === "PT");
    expect(article!.gold.map((g) => `${g.country} ${g.commitment} ${g.stance}`).sort()).toEqual(
      accepted.map((p) => `${p.country} ${p.commitment} ${p.stance}`).sort(),
    );
    expect(article!.gold[0]!.evidence).toMatch(/^Portugal will send a frigate/u);
  });

  it("takes accepted positions as labels, rejected ones as none, and no article nobody decided on", async () => {
    await createPublishedArticle({
      published: "2026-01-13",
      positions: [
        { country: "IS", commitment: "maritime", stance: "committed", sentence: "Iceland will send a ship." },
        {
          country: "IS",
          commitment: "troops",
          stance: "committed",
          sentence: "Iceland has no army.",
          reviewState: "rejected",
        },
      ],
    });
    await createPublishedArticle({
      published: "2026-01-14",
      positions: [
        { country: "MT", commitment: "funding", stance: "committed", sentence: "Malta pays.", reviewState: "proposed" },
      ],
    });
    const articles = await getEditorTrainingArticles();
    expect(articles.map((a) => a.gold.map((g) => `${g.country} ${g.commitment} ${g.evidence}`))).toEqual([
      ["IS maritime Iceland will send a ship."],
    ]);
  });
});
