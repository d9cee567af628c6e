import { describe, expect, it } from "vitest";
import { parseReviewPart, REVIEW_SENTENCES_PER_PART, reviewPartHref, selectReviewPart } from "./review-part";

/** `count` one-word sentences, "w0. w1. w2. ...", with their spans. */
function oneWordSentences(count: number) {
  const sentences: { start: number; end: number }[] = [];
  let body = "";
  for (let index = 0; index < count; index++) {
    const word = `w${index}.`;
    sentences.push({ start: body.length, end: body.length + word.length });
    body += `${word} `;
  }
  return { body, sentences };
}

describe("the review's parts", () => {
  it("reads a part from the URL and ignores a garbled one", () => {
    expect(parseReviewPart({ part: "3" })).toBe(3);
    for (const part of [undefined, "0", "-1", "x", "1e3", "9999999"]) expect(parseReviewPart({ part })).toBeNull();
    expect(parseReviewPart({ part: ["2", "5"] })).toBe(2);
  });

  it("shows at most a part's worth of sentences, however long the article, and all of its text", () => {
    const { body, sentences } = oneWordSentences(REVIEW_SENTENCES_PER_PART * 3 + 7);
    const parts = [1, 2, 3, 4].map((part) => selectReviewPart(sentences, body.length, part, null));
    expect(parts.map((part) => part.sentences.length)).toEqual([200, 200, 200, 7]);
    expect(parts.every((part) => part.partCount === 4)).toBe(true);
    // Side by side, the parts cover the body exactly once.
    expect(parts.map((part) => body.slice(part.textStart, part.textEnd)).join("")).toBe(body);
    expect(parts[1]!.firstIndex).toBe(200);
  });

  it("opens on the part of the first undecided proposal unless a part is asked for, and on the first when out of range", () => {
    const { body, sentences } = oneWordSentences(1000);
    const focus = sentences[650]!;
    expect(selectReviewPart(sentences, body.length, null, focus).part).toBe(4);
    expect(selectReviewPart(sentences, body.length, 2, focus).part).toBe(2);
    expect(selectReviewPart(sentences, body.length, 99, focus).part).toBe(1);
    expect(selectReviewPart([], 0, null, null)).toMatchObject({ part: 1, partCount: 1, sentences: [] });
  });

  it("links to a part of the draft", () => {
    expect(reviewPartHref("abc", 3)).toBe("/ingest/abc?part=3");
  });
});
