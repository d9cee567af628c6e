import { describe, expect, it } from "vitest";
import { QUOTE_PREVIEW_CHARS, quotePreview } from "./quote-preview";

describe("quotePreview", () => {
  it("keeps a short quote whole", () => {
    expect(quotePreview("Norway will send two frigates.")).toBe("Norway will send two frigates.");
  });

  it("cuts a long quote to the preview length, ending with an ellipsis", () => {
    const long = `${"word ".repeat(100)}end`;
    const cut = quotePreview(long);
    expect(cut.length).toBeLessThanOrEqual(QUOTE_PREVIEW_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
