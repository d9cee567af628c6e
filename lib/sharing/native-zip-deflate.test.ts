import { strFromU8, unzipSync, Zip } from "fflate";
import { describe, expect, it } from "vitest";
import { NativeZipDeflate } from "./native-zip-deflate";

function zipOf(files: Record<string, string[]>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, chunks] of Object.entries(files)) {
    const file = new NativeZipDeflate(name);
    zip.add(file);
    chunks.forEach((chunk, index) => file.push(Buffer.from(chunk), index === chunks.length - 1));
  }
  zip.end();
  return Buffer.concat(parts);
}

describe("NativeZipDeflate", () => {
  it("writes entries that unzip to what was pushed, in one block or several", () => {
    const line = (index: number) => `row ${index},the same words again and again,\u00e9t\u00e9 \u2014 ${index % 7}\r\n`;
    // About 1.5 MB in 12 pushes: several blocks of 256 kB, each deflated on its own.
    const pages = Array.from({ length: 12 }, (_, page) =>
      Array.from({ length: 2500 }, (_, index) => line(page * 2500 + index)).join(""),
    );
    const zip = zipOf({ "a.csv": pages, "empty.csv": [""], "b.json": ["{}", "\n"] });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["a.csv", "empty.csv", "b.json"]);
    expect(strFromU8(files["a.csv"]!)).toBe(pages.join(""));
    expect(strFromU8(files["empty.csv"]!)).toBe("");
    expect(strFromU8(files["b.json"]!)).toBe("{}\n");
    expect(pages.join("").length).toBeGreaterThan(4 * 256 * 1024);
    expect(zip.byteLength).toBeLessThan(pages.join("").length / 4);
  });

  it("marks its entries deflated (method 8), not stored", () => {
    const zip = zipOf({ "a.txt": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"] });
    // Local file header: signature PK\3\4, then version (2 bytes), flags (2), method (2).
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(zip[8]! | (zip[9]! << 8)).toBe(8);
  });
});
