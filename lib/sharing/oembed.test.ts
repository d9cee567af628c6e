import { describe, expect, it } from "vitest";
import { embeddableViewOf, oembedAnswer, oembedDiscoveryUrl } from "./oembed";

const SITE = new URL("https://tracker.example.org/");
const view = (path: string) => embeddableViewOf(new URL(path, SITE));

describe("oEmbed", () => {
  it("finds the embed of the matrix, a country and a type, with the link's day, filters and pin", () => {
    expect(view("/?at=2026-01-15&types=troops,air&bloc=nato&utm_source=x")).toEqual({
      title: "Who guarantees what for Ukraine, as of 2026-01-15",
      embedPath: "/embed/matrix?at=2026-01-15&types=troops,air&bloc=nato",
    });
    expect(view("/countries/fr?at=2026-01-15&v=2026-02-01T10:00:00.000Z")).toEqual({
      title: "France: security guarantees for Ukraine, as of 2026-01-15",
      embedPath: "/embed/countries/fr?at=2026-01-15&v=2026-02-01T10:00:00.000Z",
    });
    expect(view("/commitments/troops?at=2026-01-15")?.embedPath).toBe("/embed/commitments/troops?at=2026-01-15");
    // The embed's own link, and a trailing slash, name the same view.
    expect(view("/embed/countries/FR/?at=2026-01-15")?.embedPath).toBe("/embed/countries/fr?at=2026-01-15");
  });

  it("has no embed for other pages, unknown countries or types", () => {
    for (const path of [
      "/about",
      "/countries/zz",
      "/commitments/teleport",
      "/countries/fr/feed.atom",
      "/corrections",
    ]) {
      expect(view(path), path).toBeNull();
    }
  });

  it("answers a rich type with the iframe, sized within the consumer's limits", () => {
    const matrix = view("/?at=2026-01-15")!;
    const answer = oembedAnswer(matrix, SITE, {});
    expect(answer).toMatchObject({ version: "1.0", type: "rich", width: 720, height: 480, provider_url: SITE.href });
    // The iframe, then the script that sizes it to what the embed reports (from the tracker's origin only).
    const [iframe, script] = answer.html.split("\n");
    expect(iframe).toBe(
      '<iframe src="https://tracker.example.org/embed/matrix?at=2026-01-15" width="100%" height="480" style="border:0" loading="lazy" title="Security Guarantees Tracker"></iframe>',
    );
    expect(script).toMatch(/^<script>.*e\.origin!=="https:\/\/tracker\.example\.org".*<\/script>$/);
    const small = oembedAnswer(matrix, SITE, { maxwidth: 400, maxheight: 300 });
    expect([small.width, small.height]).toEqual([400, 300]);
    expect(small.html).toContain('height="300"');
  });

  it("is discovered at a relative address naming the page", () => {
    expect(oembedDiscoveryUrl("https://tracker.example.org/countries/fr?at=2026-01-15")).toBe(
      "/oembed?url=https%3A%2F%2Ftracker.example.org%2Fcountries%2Ffr%3Fat%3D2026-01-15&format=json",
    );
  });
});
