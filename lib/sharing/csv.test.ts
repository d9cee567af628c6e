import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, parseCsv, toCsv } from "./csv";

describe("CSV cells", () => {
  it("prefixes every formula trigger with an apostrophe", () => {
    for (const dangerous of ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCsvCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseCsvCell("France will send troops")).toBe("France will send troops");
  });

  it("quotes commas, quotes and line breaks and reads back the same text", () => {
    const rows = [
      { title: 'Rome, "today"\nsecond line', n: -3 },
      { title: "<script>alert(1)</script>", n: 2 },
    ];
    const csv = toCsv(
      [
        { name: "title", value: (row: (typeof rows)[number]) => row.title },
        { name: "n", value: (row: (typeof rows)[number]) => row.n },
      ],
      rows,
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["title", "n"],
      ['Rome, "today"\nsecond line', "-3"],
      ["<script>alert(1)</script>", "2"],
    ]);
  });

  it("writes a formula in a title as inert text", () => {
    const csv = toCsv([{ name: "title", value: (row: string) => row }], ["=cmd|' /C calc'!A0"]);
    const [, [cell]] = parseCsv(csv) as [string[], string[]];
    expect(cell).toBe("'=cmd|' /C calc'!A0");
    expect(csv).not.toMatch(/(^|[\r\n,])"?=/);
  });
});
