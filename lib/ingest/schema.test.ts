import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { IngestArticleSchema, MAX_BODY_BYTES, positionEditSchema, PublishDraftSchema } from "./schema";

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

describe("positionEditSchema", () => {
  const schema = positionEditSchema("2026-01-07");
  const position = {
    id: "p1",
    country: "no",
    commitment: "maritime",
    stance: "committed",
    condition: "",
    speaker: null,
    start: 0,
    end: 10,
    statedOn: "2026-01-07",
  };

  it("normalises the country code and an empty condition", () => {
    const parsed = schema.parse(position);
    expect(parsed.country).toBe("NO");
    expect(parsed.condition).toBeNull();
  });

  it("requires a condition for a conditional stance", () => {
    expect(schema.safeParse({ ...position, stance: "conditional" }).success).toBe(false);
    expect(schema.safeParse({ ...position, stance: "conditional", condition: "after a deal" }).success).toBe(true);
  });

  it("refuses unknown types and stances, an empty country and an evidence span that is no sentence", () => {
    expect(schema.safeParse({ ...position, commitment: "space" }).success).toBe(false);
    expect(schema.safeParse({ ...position, stance: "maybe" }).success).toBe(false);
    expect(schema.safeParse({ ...position, country: "" }).success).toBe(false);
    expect(schema.safeParse({ ...position, start: 10, end: 10 }).success).toBe(false);
    expect(schema.safeParse({ ...position, id: "no spaces allowed" }).success).toBe(false);
  });

  it("takes a statement date up to the article's date, and refuses a later, an invalid or a future one", () => {
    expect(schema.safeParse({ ...position, statedOn: "2025-12-02" }).success).toBe(true);
    const after = schema.safeParse({ ...position, statedOn: "2026-01-08" });
    expect(after.success).toBe(false);
    expect(after.error?.issues[0]?.message).toMatch(/after the article's date \(2026-01-07\)/);
    expect(schema.safeParse({ ...position, statedOn: "2026-02-30" }).error?.issues[0]?.message).toMatch(/valid date/);
    const future = positionEditSchema("2999-01-01").safeParse({ ...position, statedOn: "2998-12-31" });
    expect(future.error?.issues.map((issue) => issue.message)).toEqual(["The statement date is in the future."]);
  });
});

describe("PublishDraftSchema", () => {
  it("reads the version and the contradiction confirmation from form values", () => {
    expect(PublishDraftSchema.parse({ draftId: "d1", version: "3", confirmContradictions: "on" })).toEqual({
      draftId: "d1",
      version: 3,
      confirmContradictions: true,
    });
    expect(PublishDraftSchema.parse({ draftId: "d1", version: "0", confirmContradictions: null })).toMatchObject({
      confirmContradictions: false,
    });
    expect(PublishDraftSchema.safeParse({ draftId: "d1", version: "-1" }).success).toBe(false);
  });
});

describe("positionEditSchema's field errors", () => {
  it("reports every field's issue under that field", () => {
    const result = positionEditSchema("2026-01-07").safeParse({
      id: "p1",
      country: "",
      commitment: "troops",
      stance: "committed",
      start: 0,
      end: 10,
      statedOn: "2026-01-08",
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      country: ["Choose the country or actor."],
      statedOn: ["The statement date is after the article's date (2026-01-07)."],
    });
  });
});
