import { unzipSync, strFromU8 } from "fflate";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getCountryCsv } from "@/app/download/countries/[file]/route";
import { GET as getMatrixCsv } from "@/app/download/matrix.csv/route";
import { GET as getDataPackage } from "@/app/download/data-package.zip/route";
import { getDb } from "@/lib/db/client";
import { correctCommitment } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { parseCsv } from "./csv";
import { dataPackageZipStream } from "./data-package";
import { readWithFrictionless } from "@/lib/test/frictionless";
import { STANCES } from "@/lib/domain/taxonomy";

beforeEach(resetContent);
// No releases: the package made on request is then version 0.0.0 and the instant it was made.
beforeAll(() => {
  process.env.RELEASES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-no-releases-"));
});
afterAll(() => {
  fs.rmSync(process.env.RELEASES_DIR!, { recursive: true, force: true });
  delete process.env.RELEASES_DIR;
});

const HOSTILE = "=cmd|' /C calc'!A0 <script>alert(1)</script>";

async function seed() {
  await createPublishedArticle({
    published: "2026-01-10",
    title: HOSTILE,
    positions: [
      { country: "FR", commitment: "troops", stance: "committed", sentence: "France will send troops." },
      { country: "JP", commitment: "funding", stance: "supports", sentence: "+Japan backs a fund." },
      {
        country: "NO",
        commitment: "air",
        stance: "considering",
        sentence: "Norway is studying air cover.",
        reviewState: "proposed",
      },
    ],
  });
}

describe("downloads", () => {
  it("gives the matrix view as CSV, one row per shown cell, with formulas neutralised", async () => {
    await seed();
    const response = await getMatrixCsv(new Request("http://t/download/matrix.csv?types=troops,funding&bloc=nato"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="security-guarantees-matrix-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(await response.text());
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => [row[column("country_code")], row[column("type")], row[column("stance")]])).toEqual([
      ["FR", "troops", "committed"],
    ]);
    expect(rows[0]![column("article_title")]).toBe(`'${HOSTILE}`);

    const all = parseCsv(await (await getMatrixCsv(new Request("http://t/download/matrix.csv"))).text());
    const japan = all.find((row) => row[1] === "JP")!;
    expect(japan[all[0]!.indexOf("sentence")]).toBe("'+Japan backs a fund.");
    expect((await getMatrixCsv(new Request("http://t/download/matrix.csv?bloc=warsaw"))).status).toBe(400);
  });

  it("gives a country's evidence with its corrections", async () => {
    await seed();
    const editor = await createTestEditor();
    const troops = await getDb().commitment.findFirstOrThrow({ where: { countryCode: "FR" } });
    await correctCommitment(
      {
        commitmentId: troops.id,
        country: "FR",
        commitment: "troops",
        stance: "conditional",
        condition: "-after a deal",
        note: "@once more",
      },
      editor.id,
    );
    const response = await getCountryCsv(new Request("http://t/download/countries/fr.csv"), {
      params: Promise.resolve({ file: "fr.csv" }),
    });
    const [header, row] = parseCsv(await response.text());
    expect(row![header!.indexOf("stance")]).toBe("conditional");
    expect(row![header!.indexOf("condition")]).toBe("'-after a deal");
    expect(row![header!.indexOf("corrections")]).toMatch(/^corrected \d{4}-\d{2}-\d{2}: @once more$/);
    expect(row![header!.indexOf("standing")]).toBe("true");
    const unknown = await getCountryCsv(new Request("http://t/download/countries/zz.csv"), {
      params: Promise.resolve({ file: "zz.csv" }),
    });
    expect(unknown.status).toBe(404);
  });

  it("packs the whole data set as a Data Package that validates against its datapackage.json", async () => {
    await seed();
    const response = await getDataPackage(new Request("http://127.0.0.1/download/data-package.zip"));
    expect(response.headers.get("content-type")).toBe("application/zip");
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect(Object.keys(files).sort()).toEqual([
      "CITATION.cff",
      "articles.csv",
      "commitments.csv",
      "countries.csv",
      "datapackage.json",
      "positions.csv",
      "statements.csv",
    ]);
    // The Frictionless reference library casts every row (the datetimes with their milliseconds).
    expect(await readWithFrictionless(files)).toEqual({
      problems: [],
      rowsCast: { countries: expect.any(Number), articles: 1, statements: 2, commitments: 2, positions: 2 },
    });
    const descriptor = JSON.parse(files["datapackage.json"]!) as Record<string, unknown>;
    expect(descriptor).toMatchObject({
      licenses: [{ name: "CC-BY-4.0" }],
      positionDerivation: expect.stringContaining("latest accepted"),
      // No release yet: release 0 and the instant it was made.
      version: expect.stringMatching(/^0\.0\.0\+\d{8}T\d{6}Z$/),
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    // Stances and types are ordered categories (Data Package v2), and still an enum for v1 readers.
    const commitments = (descriptor.resources as { name: string; schema: { fields: Record<string, unknown>[] } }[])
      .find((resource) => resource.name === "commitments")!
      .schema.fields.find((field) => field.name === "stance")!;
    expect(commitments).toMatchObject({
      categoriesOrdered: true,
      categories: STANCES.map((value) => ({ value, label: expect.any(String) })),
      constraints: { required: true, enum: [...STANCES] },
    });
    expect(files["CITATION.cff"]).toContain(`version: "${descriptor.version as string}"`);
    expect(descriptor.commitmentTypes).toHaveLength(11);
    expect(descriptor.stances).toHaveLength(6);
    expect(typeof descriptor.citation).toBe("string");
    // Proposed commitments are editorial work in progress, not published data.
    expect(
      parseCsv(files["commitments.csv"]!)
        .slice(1)
        .map((row) => row[2])
        .sort(),
    ).toEqual(["FR", "JP"]);
    expect(files["articles.csv"]).toContain(`'${HOSTILE}`);
    expect(files["articles.csv"]).not.toContain("France will send troops."); // no article bodies
    expect(parseCsv(files["positions.csv"]!)).toHaveLength(3);
  });

  it("streams the package page by page, consistent while articles are published during the export", async () => {
    await seed();
    for (let index = 0; index < 3; index++) {
      await createPublishedArticle({
        published: `2026-02-0${index + 1}`,
        positions: [
          { country: "PL", commitment: "arms", stance: "committed", sentence: `Poland sends shells, batch ${index}.` },
          {
            country: "CZ",
            commitment: "arms",
            stance: "supports",
            sentence: `Czechia backs the shells, batch ${index}.`,
          },
        ],
      });
    }
    // One row per page, and a publish after every chunk taken (the zip gives its chunks as
    // each file ends): every table is read after articles were published that the tables
    // written before it do not have.
    const reader = dataPackageZipStream({ pageSize: 1 }).getReader();
    const chunks: Uint8Array[] = [];
    let published = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      {
        await createPublishedArticle({
          published: "2026-03-01",
          positions: [
            {
              country: "FI",
              commitment: "air",
              stance: "committed",
              sentence: `Finland patrols the sky, ${published}.`,
            },
          ],
        });
        published++;
      }
    }
    expect(published).toBeGreaterThan(6);
    const zip = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      zip.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
    expect((await readWithFrictionless(files)).problems).toEqual([]);
    // Everything published before the export began is in it, each row once.
    const statements = parseCsv(files["statements.csv"]!).slice(1);
    for (let index = 0; index < 3; index++) {
      expect(statements.filter((row) => row.includes(`Poland sends shells, batch ${index}.`))).toHaveLength(1);
    }
    expect(
      parseCsv(files["commitments.csv"]!)
        .slice(1)
        .filter((row) => row[2] !== "FI"),
    ).toHaveLength(8);
  });
});
