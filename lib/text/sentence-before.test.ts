import { describe, expect, it } from "vitest";
import { sentenceBefore } from "./sentence-before";

describe("the sentence before a quote", () => {
  const body =
    "Leaders met in Paris on the reassurance force. Asked about sending soldiers, the minister paused.\n\n" +
    "We are not ruling anything out, she said.";
  const quoteStart = body.indexOf("We are");

  it("is the sentence that ends just before the quote, across a paragraph break", () => {
    expect(sentenceBefore(body, quoteStart)).toBe("Asked about sending soldiers, the minister paused.");
  });

  it("is the one before it within a paragraph", () => {
    expect(sentenceBefore(body, body.indexOf("Asked"))).toBe("Leaders met in Paris on the reassurance force.");
  });

  it("keeps a closing quotation mark with its sentence", () => {
    const quoted = '"We will help," he said. Then the talks went on.';
    expect(sentenceBefore(quoted, quoted.indexOf("Then"))).toBe('"We will help," he said.');
  });

  it("is null at the start of the article", () => {
    expect(sentenceBefore(body, 0)).toBeNull();
    expect(sentenceBefore("   \n" + body, 4)).toBeNull();
  });

  it("cuts a very long sentence at its start and says so", () => {
    const long = `${"word ".repeat(400)}ends here. Next.`;
    const context = sentenceBefore(long, long.indexOf("Next"));
    expect(context!.startsWith("…")).toBe(true);
    expect(context!.endsWith("ends here.")).toBe(true);
    expect(context!.length).toBeLessThanOrEqual(501);
  });
});
