import { xml2js } from "xml-js";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeFeedText } from "./atom";

type XmlElement = { type: string; name?: string; text?: string; cdata?: string; elements?: XmlElement[] };

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return (element.elements ?? []).filter((child) => child.name === name);
}

function textOf(element: XmlElement): string {
  return (element.elements ?? []).map((child) => child.text ?? child.cdata ?? "").join("");
}

/** What an Atom reader shows for a type="html" element: the escaped HTML decoded once. */
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("Atom feeds", () => {
  const hostile = "<script>alert(1)</script> =cmd|' /C calc'!A0 ]]> & \u0000end";
  const xml = buildAtomFeed({
    id: "https://t.example/feeds/statements.atom",
    selfUrl: "https://t.example/feeds/statements.atom",
    pageUrl: "https://t.example/",
    title: "Statements",
    subtitle: "Newly published statements",
    entries: [
      {
        id: "https://t.example/statements/1",
        title: hostile,
        link: "https://t.example/countries/fr",
        updated: new Date("2026-01-02T10:00:00Z"),
        summary: `Quoted: ${hostile}`,
        categories: ["troops"],
      },
    ],
    updatedWhenEmpty: new Date("2025-01-01T00:00:00Z"),
  });

  it("parses as XML with one entry whose title reads as the original text", () => {
    const document = xml2js(xml) as XmlElement;
    const [feed] = childrenNamed(document, "feed");
    expect(feed).toBeDefined();
    const [entry] = childrenNamed(feed!, "entry");
    const [title] = childrenNamed(entry!, "title");
    expect(decodeHtml(textOf(title!))).toBe(hostile.replace("\u0000", ""));
    expect(textOf(childrenNamed(feed!, "updated")[0]!)).toBe("2026-01-02T10:00:00.000Z");
  });

  it("never carries markup a reader would run", () => {
    expect(xml).not.toContain("<script");
    expect(xml).toContain("&lt;script&gt;");
    expect(xml.match(/]]>/g)?.length).toBe(xml.match(/<!\[CDATA\[/g)?.length);
  });

  it("drops characters XML forbids", () => {
    expect(escapeFeedText("a\u0000b\u001Fc\td")).toBe("abc\td");
  });

  it("says an empty feed was updated when the data it follows last changed, not at the epoch", () => {
    const empty = buildAtomFeed({
      id: "https://t.example/feeds/corrections.atom",
      selfUrl: "https://t.example/feeds/corrections.atom",
      pageUrl: "https://t.example/corrections",
      title: "Corrections",
      subtitle: "None yet",
      entries: [],
      updatedWhenEmpty: new Date("2026-11-30T08:15:30.250Z"),
    });
    const [feed] = childrenNamed(xml2js(empty) as XmlElement, "feed");
    expect(textOf(childrenNamed(feed!, "updated")[0]!)).toBe("2026-11-30T08:15:30.250Z");
  });
});
