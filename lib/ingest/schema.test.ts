import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { IngestArticleSchema, MAX_BODY_BYTES, PublishDraftSchema, ReviewedPositionSchema } from "./schema";

const valid = {
  title: "Oslo pledges ships",
  outlet: "Test Wire",
  url: "https://example.org/oslo",
  published: "2026-01-07",
  body: "Norway will send two ships to the Black Sea, the defence minister said.",
};

function fieldErrors(input: Record<string, unknown>) {
  const result = IngestArticleSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("IngestArticleSchema", () => {
  it("accepts a complete article and an empty URL", () => {
    expect(IngestArticleSchema.parse(valid).url).toBe("https://example.org/oslo");
    expect(IngestArticleSchema.parse({ ...valid, url: "  " }).url).toBeNull();
  });

  it("refuses an empty or whitespace body", () => {
    expect(fieldErrors({ ...valid, body: "  \n\t " }).body?.[0]).toMatch(/empty/);
  });

  it("refuses a body over 200 KB", () => {
    expect(fieldErrors({ ...valid, body: "a".repeat(MAX_BODY_BYTES + 1) }).body?.[0]).toMatch(/200 KB/);
    expect(fieldErrors({ ...valid, body: "a".repeat(MAX_BODY_BYTES) }).body).toBeUndefined();
  });

  it("refuses binary and control characters but keeps tabs and newlines", () => {
    expect(fieldErrors({ ...valid, body: "text\u0000more" }).body?.[0]).toMatch(/control/);
    expect(fieldErrors({ ...valid, body: "line one\n\tline two\r\n" }).body).toBeUndefined();
  });

  it("refuses an invalid URL, a non-web URL, an invalid date and a future date", () => {
    expect(fieldErrors({ ...valid, url: "not a url" }).url?.[0]).toMatch(/http/);
    expect(fieldErrors({ ...valid, url: "javascript:alert(1)" }).url?.[0]).toMatch(/http:\/\/ or https:\/\//);
    expect(fieldErrors({ ...valid, published: "2026-02-30" }).published?.[0]).toMatch(/valid date/);
    expect(fieldErrors({ ...valid, published: "2999-01-01" }).published?.[0]).toMatch(/future/);
  });

  it("requires title and outlet", () => {
    const errors = fieldErrors({ ...valid, title: " ", outlet: "" });
    expect(errors.title).toEqual(["Give the article's title."]);
    expect(errors.outlet).toEqual(["Give the outlet (e.g. Reuters)."]);
  });
});

describe("ReviewedPositionSchema", () => {
  const position = {
    country: "no",
    commitment: "maritime",
    stance: "committed",
    condition: "",
    speaker: null,
    start: 0,
    end: 10,
    statedOn: "2026-01-07",
    confidence: 0.8,
    cues: ["will send"],
    decision: "accepted",
  };

  it("normalises the country code and an empty condition", () => {
    const parsed = ReviewedPositionSchema.parse(position);
    expect(parsed.country).toBe("NO");
    expect(parsed.condition).toBeNull();
  });

  it("requires a condition for a conditional stance", () => {
    expect(ReviewedPositionSchema.safeParse({ ...position, stance: "conditional" }).success).toBe(false);
    expect(
      ReviewedPositionSchema.safeParse({ ...position, stance: "conditional", condition: "after a deal" }).success,
    ).toBe(true);
  });

  it("refuses unknown types and stances", () => {
    expect(ReviewedPositionSchema.safeParse({ ...position, commitment: "space" }).success).toBe(false);
    expect(ReviewedPositionSchema.safeParse({ ...position, stance: "maybe" }).success).toBe(false);
  });
});

describe("PublishDraftSchema", () => {
  const position = {
    country: "DK",
    commitment: "troops",
    stance: "committed",
    start: 0,
    end: 10,
    statedOn: "2026-01-07",
    decision: "accepted",
  };

  it("reports every incomplete position, each under its own path", () => {
    const result = PublishDraftSchema.safeParse({
      draftId: "d1",
      positions: [
        { ...position, stance: "conditional" },
        position,
        { ...position, stance: "conditional", country: "" },
      ],
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      "positions.0.condition": ["A conditional stance needs its condition."],
      "positions.2.country": ["Choose the country or actor."],
      "positions.2.condition": ["A conditional stance needs its condition."],
    });
  });
});
