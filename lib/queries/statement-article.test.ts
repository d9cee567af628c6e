import { describe, expect, it } from "vitest";
import { ARTICLE_COLUMNS, articleOfRow } from "./statement-article";

describe("articleOfRow", () => {
  it("reads the article of a row as either engine gives it, a missing address as null", () => {
    const sqlite = {
      articleId: "art-1",
      articleTitle: "Harbour talks end early",
      outlet: "Coastal Daily",
      url: "https://example.org/harbour",
      publishedOn: "2026-03-04T00:00:00.000+00:00",
    };
    const postgres = { ...sqlite, url: null, publishedOn: "2026-03-04 00:00:00" };
    const expected = {
      id: "art-1",
      title: "Harbour talks end early",
      outlet: "Coastal Daily",
      url: "https://example.org/harbour",
      publishedOn: new Date("2026-03-04T00:00:00.000Z"),
    };
    expect(articleOfRow(sqlite)).toEqual(expected);
    expect(articleOfRow(postgres)).toEqual({ ...expected, url: null });
  });

  it("selects every column it reads", () => {
    for (const alias of ["articleId", "articleTitle", "outlet", "url", "publishedOn"])
      expect(ARTICLE_COLUMNS).toContain(`AS "${alias}"`);
  });
});
