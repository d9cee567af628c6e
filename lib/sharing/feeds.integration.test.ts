import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { getCorrectionsLog } from "@/lib/queries/get-corrections-log";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { GET as getCorrectionsFeed } from "@/app/feeds/corrections.atom/route";
import { GET as getStatementsFeed } from "@/app/feeds/statements.atom/route";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { buildCorrectionsFeed, buildStatementsFeed, describeCorrection } from "./feeds";

const SITE = new URL("http://tracker.test/");

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

    const all = await buildStatementsFeed(SITE);
    const entries = all.split("<entry>").slice(1);
    expect(entries).toHaveLength(2); // the proposed-only statement is not public
    expect(entries[0]).toContain("Germany: Air policing / air defence: considering"); // recorded later, listed first
    expect(all).not.toContain("<script");
    expect(all).toContain("&lt;script&gt;");

    const france = await buildStatementsFeed(SITE, { countryCode: "FR", countryName: "France" });
    expect(france.split("<entry>")).toHaveLength(2);
    expect(france).toContain("/countries/fr/feed.atom");
    const air = await buildStatementsFeed(SITE, { type: "air" });
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

    const feed = await buildCorrectionsFeed(SITE);
    expect(feed.split("<entry>")).toHaveLength(4);
    expect(feed).toContain("Why: Negation missed");
    expect(feed).not.toContain("<script");
  });
});

describe("the feeds as served", () => {
  const read = async (handler: (request: Request) => Promise<Response>, url: string, host: string) =>
    (await handler(new Request(url, { headers: { host } }))).text();
  const updatedOf = (xml: string) => /<feed[^>]*>[\s\S]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1];

  it("say an empty feed was updated when the published data last changed, not in 1970", async () => {
    await createPublishedArticle({
      published: "2026-01-05",
      positions: [{ country: "FR", commitment: "air", stance: "committed", sentence: "France patrols the sky." }],
    });
    const corrections = await read(getCorrectionsFeed, "http://tracker.test/feeds/corrections.atom", "tracker.test");
    expect(corrections).not.toContain("<entry>");
    expect(updatedOf(corrections)).toBe((await getLatestChangeInstant()).toISOString());
    expect(updatedOf(corrections)).not.toMatch(/^1970/);
  });

  it("link to the host the request came to when no public address is configured, and to the configured one when it is", async () => {
    await createPublishedArticle({
      published: "2026-01-06",
      positions: [{ country: "NO", commitment: "maritime", stance: "committed", sentence: "Norway escorts ships." }],
    });
    const saved = { site: process.env.SITE_URL, auth: process.env.BETTER_AUTH_URL };
    try {
      delete process.env.SITE_URL;
      delete process.env.BETTER_AUTH_URL;
      const lan = await read(getStatementsFeed, "http://192.168.1.20:3000/feeds/statements.atom", "192.168.1.20:3000");
      expect(lan).toContain('href="http://192.168.1.20:3000/countries/no#maritime"');
      expect(lan).toContain('href="http://192.168.1.20:3000/feeds/statements.atom"');
      expect(lan).not.toContain('href="http://localhost');

      process.env.BETTER_AUTH_URL = "https://tracker.example.org";
      const configured = await read(getStatementsFeed, "http://127.0.0.1:3000/feeds/statements.atom", "localhost:3000");
      expect(configured).toContain('href="https://tracker.example.org/countries/no#maritime"');
      expect(configured).not.toContain("localhost");
    } finally {
      for (const [name, value] of [
        ["SITE_URL", saved.site],
        ["BETTER_AUTH_URL", saved.auth],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
