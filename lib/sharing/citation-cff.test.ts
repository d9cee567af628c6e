import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationCff } from "./citation-cff";

// The keys and forms CFF 1.2.0 requires (https://github.com/citation-file-format/citation-file-format/blob/main/schema-guide.md).
function expectValidCff(text: string) {
  const cff = parse(text) as Record<string, unknown>;
  expect(cff["cff-version"]).toBe("1.2.0");
  expect(typeof cff.message).toBe("string");
  expect(typeof cff.title).toBe("string");
  expect(cff.type).toBe("dataset");
  expect(cff.license).toBe("CC-BY-4.0");
  expect(cff.authors).toEqual([{ name: "Security Guarantees Tracker" }]);
  return cff;
}

describe("CITATION.cff", () => {
  it("of a release names its version, day and address", () => {
    const cff = expectValidCff(
      citationCff({
        version: "3.0.0",
        released: new Date("2026-12-01T04:00:00.123Z"),
        url: "https://t.example/download/releases/3.0.0.zip",
      }),
    );
    expect(cff).toMatchObject({
      version: "3.0.0",
      "date-released": "2026-12-01",
      url: "https://t.example/download/releases/3.0.0.zip",
    });
  });

  it("in the repository root is the data set's, without a version", () => {
    const root = fs.readFileSync(path.join(import.meta.dirname, "../../CITATION.cff"), "utf8");
    expect(root).toBe(citationCff());
    expect(expectValidCff(root)).not.toHaveProperty("version");
  });

  it("quotes what YAML would read as something else", () => {
    // Unquoted, YAML 1.1 readers (cffconvert's ruamel) take a bare date for a timestamp.
    const text = citationCff({ version: "1.0.0", released: new Date("2026-01-02T00:00:00Z") });
    const cff = parse(text, { version: "1.1" }) as Record<string, unknown>;
    expect(cff["date-released"]).toBe("2026-01-02");
    expect(cff.version).toBe("1.0.0");
  });
});
