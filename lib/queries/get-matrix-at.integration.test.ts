import { beforeEach, describe, expect, it } from "vitest";
import { retractArticle } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getMatrixAt } from "./get-matrix-at";

beforeEach(resetContent);

describe("getMatrixAt", () => {
  it("shows the latest accepted stance per country and type at the date", async () => {
    await createPublishedArticle({
      published: "2025-03-01",
      positions: [
        {
          country: "IT",
          commitment: "troops",
          stance: "considering",
          sentence: "Italy is weighing whether to send troops.",
        },
      ],
    });
    await createPublishedArticle({
      published: "2026-01-07",
      positions: [
        { country: "IT", commitment: "troops", stance: "ruled_out", sentence: "Italy will not send troops." },
      ],
    });

    const today = await getMatrixAt("2026-11-24");
    expect(today.rows.map((row) => row.code)).toEqual(["IT"]);
    expect(today.rows[0]?.cells.troops?.stance).toBe("ruled_out");
    expect(today.rows[0]?.cells.troops?.sentence).toBe("Italy will not send troops.");

    const past = await getMatrixAt("2025-12-31");
    expect(past.rows[0]?.cells.troops?.stance).toBe("considering");

    const before = await getMatrixAt("2025-02-28");
    expect(before.rows).toEqual([]);
  });

  it("ignores proposed, rejected and retracted commitments and retracted articles", async () => {
    await createPublishedArticle({
      published: "2026-01-01",
      positions: [
        {
          country: "FR",
          commitment: "air",
          stance: "committed",
          sentence: "France will patrol the skies.",
          reviewState: "proposed",
        },
        {
          country: "FR",
          commitment: "maritime",
          stance: "committed",
          sentence: "France will send ships.",
          reviewState: "rejected",
        },
        { country: "FR", commitment: "training", stance: "committed", sentence: "France will train pilots." },
      ],
    });
    const retracted = await createPublishedArticle({
      published: "2026-01-02",
      positions: [{ country: "DE", commitment: "funding", stance: "committed", sentence: "Germany will pay." }],
    });
    // The accepted commitments beside them count, and so does the article until it is retracted.
    const cellsOf = async () =>
      (await getMatrixAt("2026-11-24")).rows.map((row) => `${row.code} ${Object.keys(row.cells).join(",")}`);
    expect(await cellsOf()).toEqual(["FR training", "DE funding"]);

    const editor = await createTestEditor();
    await retractArticle({ id: retracted.articleId, note: "Retracted by the outlet" }, editor.id);
    expect(await cellsOf()).toEqual(["FR training"]);
  });

  it("filters by type, stance and bloc", async () => {
    await createPublishedArticle({
      published: "2026-01-05",
      positions: [
        {
          country: "GB",
          commitment: "troops",
          stance: "conditional",
          sentence: "Britain will deploy after a deal.",
          condition: "after a deal",
        },
        { country: "GB", commitment: "training", stance: "committed", sentence: "Britain will train soldiers." },
        { country: "RU", commitment: "troops", stance: "opposes", sentence: "Russia rejects foreign troops." },
      ],
    });

    const troopsOnly = await getMatrixAt("2026-11-24", { types: ["troops"] });
    expect(troopsOnly.types).toEqual(["troops"]);
    expect(troopsOnly.rows.map((row) => row.code)).toEqual(["RU", "GB"]); // by name: Russia, United Kingdom
    expect(troopsOnly.rows.find((row) => row.code === "GB")?.cells.training).toBeUndefined();

    const nato = await getMatrixAt("2026-11-24", { bloc: "NATO" });
    expect(nato.rows.map((row) => row.code)).toEqual(["GB"]);

    const opposed = await getMatrixAt("2026-11-24", { stances: ["opposes"] });
    expect(opposed.rows.map((row) => row.code)).toEqual(["RU"]);
  });
});

describe("getMatrixAt filters on the country", () => {
  beforeEach(resetContent);

  it("keeps the countries of a region or whose name or code matches `q`", async () => {
    await createPublishedArticle({
      published: "2026-01-05",
      positions: [
        { country: "JP", commitment: "funding", stance: "committed", sentence: "Japan will fund demining." },
        { country: "FR", commitment: "troops", stance: "conditional", sentence: "France would send troops." },
      ],
    });
    expect((await getMatrixAt("2026-11-24", { region: "Asia" })).rows.map((row) => row.code)).toEqual(["JP"]);
    expect((await getMatrixAt("2026-11-24", { q: "fran" })).rows.map((row) => row.code)).toEqual(["FR"]);
    expect((await getMatrixAt("2026-11-24", { q: "jp" })).rows.map((row) => row.code)).toEqual(["JP"]);
  });
});
