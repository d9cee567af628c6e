import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText, segmentArticleBody } from "./article-text";

const body = "Opening line.\n\nLatvia will train pilots. Then a remark. Estonia will send ships.";
const latvia = { id: "s1", start: body.indexOf("Latvia"), end: body.indexOf(" Then") };
const estonia = { id: "s2", start: body.indexOf("Estonia"), end: body.length };

describe("the article's full text with its statements", () => {
  it("cuts the body into plain runs and statement runs that put it back together", () => {
    const segments = segmentArticleBody(body, [estonia, latvia]);
    expect(segments).toEqual([
      { text: "Opening line.\n\n", statementId: null },
      { text: "Latvia will train pilots.", statementId: "s1" },
      { text: " Then a remark. ", statementId: null },
      { text: "Estonia will send ships.", statementId: "s2" },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(body);
  });

  it("leaves an overlapping or out-of-range span as plain text", () => {
    const overlapping = { id: "s3", start: latvia.start + 3, end: latvia.end + 4 };
    const outside = { id: "s4", start: body.length - 2, end: body.length + 10 };
    const segments = segmentArticleBody(body, [latvia, overlapping, outside]);
    expect(segments.filter((segment) => segment.statementId).map((segment) => segment.statementId)).toEqual(["s1"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(body);
  });

  it("marks each statement and links it to its entry", () => {
    const html = renderToStaticMarkup(<ArticleText body={body} statements={[latvia]} />);
    expect(html).toContain('<a href="#statement-s1" data-testid="statement-in-text"><mark');
    expect(html).toContain(">Latvia will train pilots.</mark></a>");
    expect(html).toContain("Estonia will send ships.");
  });
});
