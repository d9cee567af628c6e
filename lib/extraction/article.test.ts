import { describe, expect, it } from "vitest";
import { findDate, parseArticleFile, proposeArticleFields } from "./article";
import { resolveStatementDate } from "./dates";

describe("parseArticleFile", () => {
  it("reads the four header lines and the body after ---", () => {
    const file =
      "title: Oslo offers trainers\nsource: Example Wire\nurl: unknown\npublished: 2025-03-14\n---\nNorway will train Ukrainian soldiers.\n";
    const article = parseArticleFile(file);
    expect(article).toEqual({
      title: "Oslo offers trainers",
      outlet: "Example Wire",
      url: null,
      published: "2025-03-14",
      body: "Norway will train Ukrainian soldiers.\n",
    });
  });

  it("turns 'unknown' into null", () => {
    const article = parseArticleFile("title: T\nsource: S\nurl: https://example.org/a\npublished: unknown\n---\nBody.");
    expect(article.published).toBeNull();
    expect(article.url).toBe("https://example.org/a");
  });

  it("keeps raw text with no header as the body, byte for byte", () => {
    const raw =
      "Poland will not send troops - Tusk\n\nWarsaw \u2022 Example\n\nPolish Prime Minister Donald Tusk said Poland will not send troops to Ukraine.\n";
    const article = parseArticleFile(raw);
    expect(article.body).toBe(raw);
    expect(article.title).toBe("Poland will not send troops - Tusk");
  });

  it("does not mistake a body that mentions a dash line for a header", () => {
    const raw = "Sweden said it may send troops.\n---\nMore text.";
    expect(parseArticleFile(raw).body).toBe(raw);
  });
});

describe("proposeArticleFields", () => {
  const paste =
    " date 2026-02-03 11.22.33\nPoland will not send troops to Ukraine - Tusk\n\nWarsaw\u00a0\u2022\u00a0Daily Example\n\n \u2022 1,204 views\n\n" +
    "Polish Prime Minister Donald Tusk said Poland will not send its troops to Ukraine after the war ends.\n\nDetails\n\n" +
    "He said Poland is ready to run a logistics hub on its own territory.\n\nShare\n";

  it("guesses title, outlet and date from the page furniture", () => {
    const fields = proposeArticleFields(paste);
    expect(fields.title).toBe("Poland will not send troops to Ukraine - Tusk");
    expect(fields.outlet).toBe("Daily Example");
    expect(fields.published).toBe("2026-02-03");
  });

  it("returns the body from the first paragraph of prose, without counters and share buttons", () => {
    const { body } = proposeArticleFields(paste);
    expect(body.startsWith("Polish Prime Minister Donald Tusk")).toBe(true);
    expect(body).not.toMatch(/views|Share/u);
    expect(body).toContain("Details");
  });

  it("skips breadcrumbs, author lines and labelled dates", () => {
    const raw =
      "Home > World > Europe\nSpain will not send troops, says Sanchez\nPublished: January 7, 2026 | Updated: January 8, 2026\nBy John Smith\n" +
      "Spanish Prime Minister Pedro Sanchez said on Tuesday that Spain will not send troops to Ukraine.\nAdvertisement\n";
    const fields = proposeArticleFields(raw);
    expect(fields.title).toBe("Spain will not send troops, says Sanchez");
    expect(fields.published).toBe("2026-01-07");
    expect(fields.body).toBe(
      "Spanish Prime Minister Pedro Sanchez said on Tuesday that Spain will not send troops to Ukraine.\n",
    );
  });

  it("leaves an article without furniture alone", () => {
    const plain = "Norway will train Ukrainian soldiers in Norway next year, Prime Minister Jonas Gahr Store said.\n";
    expect(proposeArticleFields(plain)).toEqual({ title: null, outlet: null, published: null, body: plain });
  });
});

describe("dates", () => {
  it("finds written dates in several formats", () => {
    expect(findDate("published 7 January 2026")).toBe("2026-01-07");
    expect(findDate("January 7, 2026")).toBe("2026-01-07");
    expect(findDate("07.01.2026")).toBe("2026-01-07");
    expect(findDate("no date here")).toBeNull();
  });

  it("resolves weekdays and day-month dates against the article's date", () => {
    // 2026-01-07 is a Wednesday
    expect(resolveStatementDate("said on Tuesday", "2026-01-07")).toBe("2026-01-06");
    expect(resolveStatementDate("said on Wednesday", "2026-01-07")).toBe("2026-01-07");
    expect(resolveStatementDate("On Feb. 26, he said", "2026-03-01")).toBe("2026-02-26");
    expect(resolveStatementDate("on December 30", "2026-01-07")).toBe("2025-12-30");
    expect(resolveStatementDate("he said", "2026-01-07")).toBe("2026-01-07");
    expect(resolveStatementDate("on Tuesday", null)).toBeNull();
  });

  it("dates a statement reported as made in a month to that month's last day, never after the article", () => {
    expect(resolveStatementDate("the minister said in February", "2026-05-10")).toBe("2026-02-28");
    expect(resolveStatementDate("In March, the chancellor said", "2026-05-10")).toBe("2026-03-31");
    expect(resolveStatementDate("she told reporters in May", "2026-05-10")).toBe("2026-05-10");
    expect(resolveStatementDate("he said in November", "2026-01-07")).toBe("2025-11-30");
    // A month that dates the plan, not the statement, leaves the article's date.
    expect(resolveStatementDate("troops could deploy in March, he said", "2026-05-10")).toBe("2026-05-10");
  });
});
