import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { getCorrectionsLog } from "@/lib/queries/get-corrections-log";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { buildCorrectionsFeed, buildStatementsFeed, describeCorrection } from "./feeds";

beforeEach(resetContent);

const HOSTILE_TITLE = "<script>alert('x')</script> =cmd|' /C calc'!A0";

describe("the statements feeds", () => {
  it("lists published statements newest recorded first, per country and per type, with hostile titles as text", async () => {
    await createPublishedArticle({
      published: "2026-02-01",
      title: "Older report",
      positions: [{ country: "FR", commitment: "troops", stance: "committed", sentence: "France will send troops." }],
    });
    await createPublishedArticle({
      published: "2026-01-01",
      title: HOSTILE_TITLE,
      positions: [
        { country: "DE", commitment: "air", stance: "considering", sentence: "Germany weighs air policing." },
        {
          country: "DE",
          commitment: "funding",
          stance: "committed",
          sentence: "Germany might pay.",
          reviewState: "proposed",
        },
      ],
    });

    const all = await buildStatementsFeed();
    const entries = all.split("<entry>").slice(1);
    expect(entries).toHaveLength(2); // the proposed-only statement is not public
    expect(entries[0]).toContain("Germany: Air policing / air defence: considering"); // recorded later, listed first
    expect(all).not.toContain("<script");
    expect(all).toContain("&lt;script&gt;");

    const france = await buildStatementsFeed({ countryCode: "FR", countryName: "France" });
    expect(france.split("<entry>")).toHaveLength(2);
    expect(france).toContain("/countries/fr/feed.atom");
    const air = await buildStatementsFeed({ type: "air" });
    expect(air.split("<entry>")).toHaveLength(2);
    expect(air).toContain("Germany");
  });
});

describe("the corrections log", () => {
  it("records corrections and retractions from what to what and why, without the editor", async () => {
    const editor = await createTestEditor();
    const first = await createPublishedArticle({
      published: "2026-01-07",
      positions: [
        { country: "IT", commitment: "troops", stance: "committed", sentence: "Italy will send troops." },
        { country: "IT", commitment: "air", stance: "supports", sentence: "Italy backs air cover." },
      ],
    });
    const second = await createPublishedArticle({
      published: "2026-01-08",
      title: HOSTILE_TITLE,
      positions: [{ country: "ES", commitment: "arms", stance: "committed", sentence: "Spain sends arms." }],
    });
    const [air, troops] = await getDb().commitment.findMany({
      where: { statement: { articleId: first.articleId } },
      orderBy: { type: "asc" },
    });
    await correctCommitment(
      {
        commitmentId: troops!.id,
        country: "IT",
        commitment: "troops",
        stance: "ruled_out",
        condition: null,
        note: "Negation missed",
      },
      editor.id,
    );
    await retractCommitment({ id: air!.id, note: "Wrong speaker" }, editor.id);
    await retractArticle({ id: second.articleId, note: "Satire" }, editor.id);

    const log = await getCorrectionsLog();
    expect(log.map((entry) => entry.kind)).toEqual(["article.retract", "commitment.retract", "commitment.correct"]);
    expect(log.map(describeCorrection)).toEqual([
      `Article “${HOSTILE_TITLE}” retracted with all its positions.`,
      "Italy, Air policing / air defence: position supports retracted.",
      "Italy, Troops on the ground corrected: committed → ruled out.",
    ]);
    expect(JSON.stringify(log)).not.toContain(editor.id);
    expect(JSON.stringify(log)).not.toContain(editor.email);
    expect(await getCorrectionsLog({ countryCode: "it" })).toHaveLength(2);

    const feed = await buildCorrectionsFeed();
    expect(feed.split("<entry>")).toHaveLength(4);
    expect(feed).toContain("Why: Negation missed");
    expect(feed).not.toContain("<script");
  });
});
