// The limits every input schema enforces on the server, whatever the form lets through.
import { describe, expect, it } from "vitest";
import { CorrectCommitmentSchema, IngestArticleSchema, positionEditSchema, RetractSchema } from "./schema";

const ReviewedPositionSchema = positionEditSchema("2026-01-07");

const article = {
  title: "Oslo pledges ships",
  outlet: "Test Wire",
  url: "",
  published: "2026-01-07",
  body: "Norway will send two ships to the Black Sea, the defence minister said.",
};

const position = {
  id: "p1",
  country: "NO",
  commitment: "maritime",
  stance: "committed",
  condition: null,
  speaker: null,
  start: 0,
  end: 10,
  statedOn: "2026-01-07",
};

function refuses(schema: { safeParse(input: unknown): { success: boolean } }, input: unknown): boolean {
  return !schema.safeParse(input).success;
}

describe("dates", () => {
  it("refuse years 0000, 0001 and 2999 and anything before 1991, for articles and statements", () => {
    for (const day of ["0000-01-01", "0001-01-01", "2999-01-01", "1990-12-31"]) {
      expect(refuses(IngestArticleSchema, { ...article, published: day }), day).toBe(true);
      expect(refuses(ReviewedPositionSchema, { ...position, statedOn: day }), day).toBe(true);
    }
    expect(refuses(ReviewedPositionSchema, { ...position, statedOn: "1994-12-05" })).toBe(false);
    expect(refuses(ReviewedPositionSchema, { ...position, statedOn: "2026-01-08" })).toBe(true);
  });
});

describe("lengths and characters", () => {
  it("bound the speaker and the condition", () => {
    expect(refuses(ReviewedPositionSchema, { ...position, speaker: "x".repeat(600_000) })).toBe(true);
    expect(
      refuses(ReviewedPositionSchema, { ...position, stance: "conditional", condition: "y".repeat(600_000) }),
    ).toBe(true);
    expect(refuses(ReviewedPositionSchema, { ...position, speaker: "Jonas Gahr Støre" })).toBe(false);
  });

  it("refuse NUL and escape characters in the title, outlet, speaker and notes", () => {
    for (const bad of ["Oslo\u0000", "Oslo \u001b[31m", "Oslo\u0085"]) {
      expect(refuses(IngestArticleSchema, { ...article, title: bad }), JSON.stringify(bad)).toBe(true);
      expect(refuses(IngestArticleSchema, { ...article, outlet: bad }), JSON.stringify(bad)).toBe(true);
      expect(refuses(ReviewedPositionSchema, { ...position, speaker: bad }), JSON.stringify(bad)).toBe(true);
      expect(refuses(RetractSchema, { id: "x", note: `Reason ${bad}` }), JSON.stringify(bad)).toBe(true);
    }
    expect(refuses(RetractSchema, { id: "x", note: "Wrong country.\nSee the original." })).toBe(false);
    expect(
      refuses(CorrectCommitmentSchema, {
        commitmentId: "x",
        country: "NO",
        commitment: "maritime",
        stance: "committed",
        condition: null,
        note: "n".repeat(2001),
      }),
    ).toBe(true);
  });
});

describe("article addresses", () => {
  it("are stored as the WHATWG parser (and so the browser) reads them", () => {
    const parse = (url: string) => IngestArticleSchema.parse({ ...article, url }).url;
    expect(parse("https://evil.example\\@example.org/")).toBe("https://evil.example/@example.org/");
    expect(parse("HTTPS://Example.ORG/a/../b?x=1")).toBe("https://example.org/b?x=1");
    expect(parse("https://example.org/ü")).toBe("https://example.org/%C3%BC");
  });

  it("refuse other schemes, credentials and addresses without a host", () => {
    for (const url of [
      "javascript:alert(1)",
      "ftp://example.org/",
      "https://user:pw@example.org/",
      "https://",
      "example.org",
    ]) {
      expect(refuses(IngestArticleSchema, { ...article, url }), url).toBe(true);
    }
  });
});
