import { describe, expect, it } from "vitest";
import { CHANGES_PER_PAGE, changesPageHref, changesPageOf, pageOfChanges } from "./changes-page";

describe("changesPageOf", () => {
  it("reads a whole number from 1 and falls back to the first page for anything else", () => {
    expect(changesPageOf("3")).toBe(3);
    expect(changesPageOf(["2", "5"])).toBe(2);
    for (const garbled of [undefined, null, "", "0", "-1", "1.5", "two", "01", "9999999"]) {
      expect(changesPageOf(garbled), String(garbled)).toBe(1);
    }
  });
});

describe("pageOfChanges", () => {
  const list = Array.from({ length: 2 * CHANGES_PER_PAGE + 7 }, (_, index) => index);

  it("shows at most a page of changes, the newest first, and says where it is", () => {
    const first = pageOfChanges(list, 1);
    expect(first.items).toEqual(list.slice(0, CHANGES_PER_PAGE));
    expect(first).toMatchObject({ page: 1, pages: 3, first: 1 });
    const last = pageOfChanges(list, 3);
    expect(last.items).toEqual(list.slice(2 * CHANGES_PER_PAGE));
    expect(last.first).toBe(2 * CHANGES_PER_PAGE + 1);
  });

  it("shows the last page for a page past the end, and one empty page for no change", () => {
    expect(pageOfChanges(list, 40)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOfChanges([], 2)).toEqual({ items: [], page: 1, pages: 1, first: 0 });
  });
});

describe("changesPageHref", () => {
  it("keeps the view's query and pin, adds the page, and leaves page 1 out", () => {
    const pin = new Date("2026-11-01T00:00:00.000Z");
    expect(changesPageHref("?since=2026-09-01&types=troops", 2, pin)).toBe(
      "/?since=2026-09-01&types=troops&changes=2&v=2026-11-01T00:00:00.000Z",
    );
    expect(changesPageHref("?since=2026-09-01", 1, null)).toBe("/?since=2026-09-01");
    expect(changesPageHref("", 3, null)).toBe("/?changes=3");
  });
});
