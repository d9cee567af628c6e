// A cited view's `v` means the same on every output of the view: after a correction, the
// pinned API answers and downloads still give what the tracker showed at the pinned instant,
// and the unpinned ones give the corrected data.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getCommitmentTypeApi } from "@/app/api/v1/commitments/[type]/route";
import { GET as getCountryApi } from "@/app/api/v1/countries/[code]/route";
import { GET as getMatrixApi } from "@/app/api/v1/matrix/route";
import { GET as getCommitmentCsv } from "@/app/download/commitments/[file]/route";
import { GET as getCountryCsv } from "@/app/download/countries/[file]/route";
import { GET as getMatrixCsv } from "@/app/download/matrix.csv/route";
import { GET as getMatrixJson } from "@/app/download/matrix.json/route";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { getDb } from "@/lib/db/client";
import { correctCommitment } from "@/lib/ingest/corrections";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { parseCsv } from "./csv";

beforeEach(resetContent);

const BASE = "http://127.0.0.1";

/** The stance column of a CSV download, per country and type. */
function csvStances(text: string): string[][] {
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => header!.indexOf(name);
  return rows.map((row) => [row[column("country_code")]!, row[column("type")]!, row[column("stance")]!]);
}

/** Publishes France committing troops, pins that instant, then corrects it to "supports". */
async function publishPinAndCorrect(): Promise<string> {
  await createPublishedArticle({
    published: "2026-01-10",
    positions: [
      { country: "FR", commitment: "troops", stance: "committed", sentence: "France will send troops." },
      { country: "DE", commitment: "air", stance: "supports", sentence: "Germany backs air cover." },
    ],
  });
  const pinned = await getLatestChangeInstant();
  // The correction must fall strictly after the pinned instant (timestamps have millisecond precision).
  while (Date.now() <= pinned.getTime()) await new Promise((resolve) => setTimeout(resolve, 1));
  const editor = await createTestEditor();
  const troops = await getDb().commitment.findFirstOrThrow({ where: { countryCode: "FR", type: "troops" } });
  await correctCommitment(
    {
      commitmentId: troops.id,
      country: "FR",
      commitment: "troops",
      stance: "supports",
      condition: null,
      note: "Only support",
    },
    editor.id,
  );
  return pinned.toISOString();
}

describe("a pinned view after a correction", () => {
  it("keeps the pinned API answers and moves the unpinned ones", async () => {
    const v = await publishPinAndCorrect();

    const matrixOf = async (query: string) =>
      API_ENDPOINTS.matrix.response.parse(
        await (await getMatrixApi(new Request(`${BASE}/api/v1/matrix${query}`))).json(),
      );
    const pinnedMatrix = await matrixOf(`?types=troops&v=${v}`);
    expect(pinnedMatrix.rows.map((row) => [row.code, row.cells.troops?.stance])).toEqual([["FR", "committed"]]);
    expect(pinnedMatrix.recordedAt).toBe(v);
    expect(pinnedMatrix.links.csv).toContain(`v=${v}`);
    const liveMatrix = await matrixOf("?types=troops");
    expect(liveMatrix.rows.map((row) => [row.code, row.cells.troops?.stance])).toEqual([["FR", "supports"]]);
    expect(liveMatrix.recordedAt).toBeNull();

    const countryOf = async (query: string) =>
      API_ENDPOINTS.country.response.parse(
        await (
          await getCountryApi(new Request(`${BASE}/api/v1/countries/fr${query}`), {
            params: Promise.resolve({ code: "fr" }),
          })
        ).json(),
      );
    const pinnedTroops = (await countryOf(`?v=${v}`)).positions.find((p) => p.type === "troops")!;
    expect(pinnedTroops.current).toMatchObject({ stance: "committed", retracted: false, changes: [] });
    const liveTroops = (await countryOf("")).positions.find((p) => p.type === "troops")!;
    expect(liveTroops.current).toMatchObject({ stance: "supports", changes: [{ action: "corrected" }] });

    const typeOf = async (query: string) =>
      API_ENDPOINTS.commitmentType.response.parse(
        await (
          await getCommitmentTypeApi(new Request(`${BASE}/api/v1/commitments/troops${query}`), {
            params: Promise.resolve({ type: "troops" }),
          })
        ).json(),
      );
    expect((await typeOf(`?v=${v}`)).counts).toEqual({ committed: 1 });
    expect((await typeOf("")).counts).toEqual({ supports: 1 });
  });

  it("keeps the pinned downloads and moves the unpinned ones", async () => {
    const v = await publishPinAndCorrect();

    const matrixCsv = async (query: string) =>
      csvStances(await (await getMatrixCsv(new Request(`${BASE}/download/matrix.csv${query}`))).text());
    expect(await matrixCsv(`?v=${v}`)).toEqual([
      ["FR", "troops", "committed"],
      ["DE", "air", "supports"],
    ]);
    expect(await matrixCsv("")).toEqual([
      ["FR", "troops", "supports"],
      ["DE", "air", "supports"],
    ]);

    const matrixJson = async (query: string) =>
      API_ENDPOINTS.matrix.response
        .parse(await (await getMatrixJson(new Request(`${BASE}/download/matrix.json${query}`))).json())
        .rows.find((row) => row.code === "FR")!.cells.troops!.stance;
    expect(await matrixJson(`?v=${v}`)).toBe("committed");
    expect(await matrixJson("")).toBe("supports");

    const countryCsv = async (query: string) =>
      csvStances(
        await (
          await getCountryCsv(new Request(`${BASE}/download/countries/fr.csv${query}`), {
            params: Promise.resolve({ file: "fr.csv" }),
          })
        ).text(),
      );
    expect(await countryCsv(`?v=${v}`)).toEqual([["FR", "troops", "committed"]]);
    expect(await countryCsv("")).toEqual([["FR", "troops", "supports"]]);

    const commitmentCsv = async (query: string) =>
      csvStances(
        await (
          await getCommitmentCsv(new Request(`${BASE}/download/commitments/troops.csv${query}`), {
            params: Promise.resolve({ file: "troops.csv" }),
          })
        ).text(),
      );
    expect(await commitmentCsv(`?v=${v}`)).toEqual([["FR", "troops", "committed"]]);
    expect(await commitmentCsv("")).toEqual([["FR", "troops", "supports"]]);
  });

  it("refuses a garbled or future pin with a 400 naming `v`", async () => {
    for (const v of ["yesterday", "2999-01-01T00:00:00Z"]) {
      const response = await getMatrixCsv(new Request(`${BASE}/download/matrix.csv?v=${v}`));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_parameter", parameter: "v" } });
    }
  });
});
