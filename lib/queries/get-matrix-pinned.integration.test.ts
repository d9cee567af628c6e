import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { readDialect, readRows } from "@/lib/db/read-sql";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getLatestChangeInstant } from "./get-latest-change";
import { getMatrixAt, type Matrix, pinnedLookupLimits, standingCellsSql } from "./get-matrix-at";
import { getMatrixCell } from "./get-matrix-cell";
import { getPositionChanges } from "./get-position-changes";

beforeEach(resetContent);

function cells(matrix: Matrix) {
  return matrix.rows.flatMap((row) =>
    Object.entries(row.cells).map(([type, cell]) => [row.code, type, cell!.stance, cell!.condition, cell!.contested]),
  );
}

const TODAY = "2026-11-30";

describe("the matrix as shown at a recorded instant (a cited view)", () => {
  it("equals the read model's matrix when nothing changed since, ties and filters included", async () => {
    await createPublishedArticle({
      published: "2026-01-05",
      positions: [
        { country: "FR", commitment: "troops", stance: "considering", sentence: "France weighs troops." },
        { country: "DE", commitment: "air", stance: "supports", sentence: "Germany backs air cover." },
      ],
    });
    await createPublishedArticle({
      published: "2026-01-05",
      positions: [{ country: "FR", commitment: "troops", stance: "committed", sentence: "France commits troops." }],
    });
    const pinned = await getLatestChangeInstant();
    expect(cells(await getMatrixAt(TODAY, {}, pinned))).toEqual(cells(await getMatrixAt(TODAY)));
    expect(cells(await getMatrixAt(TODAY, { bloc: "NATO", types: ["troops"] }, pinned))).toEqual(
      cells(await getMatrixAt(TODAY, { bloc: "NATO", types: ["troops"] })),
    );
    expect(cells(await getMatrixAt("2026-01-04", {}, pinned))).toEqual([]);
  });

  it("shows what was shown before later publications, corrections and retractions", async () => {
    const editor = await createTestEditor();
    const first = await createPublishedArticle({
      published: "2026-01-05",
      positions: [
        { country: "IT", commitment: "troops", stance: "committed", sentence: "Italy will send troops." },
        { country: "ES", commitment: "arms", stance: "committed", sentence: "Spain sends arms." },
        { country: "PL", commitment: "funding", stance: "committed", sentence: "Poland pays." },
      ],
    });
    const shownThen = cells(await getMatrixAt(TODAY));
    const pinned = await getLatestChangeInstant();
    await new Promise((resolve) => setTimeout(resolve, 5)); // the changes below are recorded strictly later

    const rows = await getDb().commitment.findMany({ where: { statement: { articleId: first.articleId } } });
    const byCountry = new Map(rows.map((row) => [row.countryCode, row]));
    await correctCommitment(
      {
        commitmentId: byCountry.get("IT")!.id,
        country: "IT",
        commitment: "troops",
        stance: "ruled_out",
        condition: null,
        note: "Misread",
      },
      editor.id,
    );
    await retractCommitment({ id: byCountry.get("ES")!.id, note: "Wrong country" }, editor.id);
    const later = await createPublishedArticle({
      published: "2026-01-02",
      positions: [
        { country: "NL", commitment: "air", stance: "considering", sentence: "The Netherlands weighs air policing." },
      ],
    });
    await retractArticle({ id: later.articleId, note: "Duplicate" }, editor.id);
    await createPublishedArticle({
      published: "2026-01-03",
      positions: [{ country: "BE", commitment: "training", stance: "committed", sentence: "Belgium trains pilots." }],
    });

    expect(cells(await getMatrixAt(TODAY, {}, pinned))).toEqual(shownThen);
    const live = cells(await getMatrixAt(TODAY));
    expect(live).not.toEqual(shownThen);
    expect(cells(await getMatrixAt(TODAY, {}, await getLatestChangeInstant()))).toEqual(live);
  });
});

describe("the two ways a cited view is read (by recorded time, or cell by cell)", () => {
  const limits = { ...pinnedLookupLimits };
  afterEach(() => {
    Object.assign(pinnedLookupLimits, limits);
  });

  it("give the same matrix, cells and changes at every recorded instant and day", async () => {
    const editor = await createTestEditor();
    const instants: Date[] = [];
    const recorded = async () => {
      instants.push(await getLatestChangeInstant());
      await new Promise((resolve) => setTimeout(resolve, 5)); // the next change is recorded strictly later
    };
    const first = await createPublishedArticle({
      published: "2026-01-05",
      positions: [
        { country: "FR", commitment: "troops", stance: "considering", sentence: "Paris weighs a deployment." },
        { country: "DE", commitment: "air", stance: "supports", sentence: "Berlin backs air cover." },
        { country: "PL", commitment: "funding", stance: "committed", sentence: "Warsaw pledges a fund." },
      ],
    });
    await recorded();
    await createPublishedArticle({
      published: "2026-02-10",
      positions: [
        { country: "FR", commitment: "troops", stance: "committed", sentence: "Paris commits a brigade." },
        { country: "DE", commitment: "air", stance: "supports", sentence: "Berlin again backs air cover." },
      ],
    });
    await recorded();
    // Stated before what stands, recorded after it: history changes, the present does not.
    const backdated = await createPublishedArticle({
      published: "2026-01-20",
      positions: [{ country: "FR", commitment: "troops", stance: "ruled_out", sentence: "Paris rules out troops." }],
    });
    await recorded();
    const rows = await getDb().commitment.findMany({ where: { statement: { articleId: first.articleId } } });
    const byCountry = new Map(rows.map((row) => [row.countryCode, row]));
    await correctCommitment(
      {
        commitmentId: byCountry.get("DE")!.id,
        country: "DE",
        commitment: "air",
        stance: "considering",
        condition: null,
        note: "Misread",
      },
      editor.id,
    );
    await recorded();
    await retractCommitment({ id: byCountry.get("PL")!.id, note: "Wrong country" }, editor.id);
    await recorded();
    await retractArticle({ id: backdated.articleId, note: "Duplicate" }, editor.id);
    await recorded();

    const days = ["2026-01-04", "2026-01-05", "2026-01-25", "2026-02-10", TODAY];
    const readAll = async () => {
      const views: unknown[] = [];
      for (const instant of [new Date(instants[0]!.getTime() - 1), ...instants]) {
        for (const day of days) {
          views.push(
            cells(await getMatrixAt(day, {}, instant)),
            cells(await getMatrixAt(day, { q: "fra", stances: ["committed", "ruled_out"] }, instant)),
            cells(await getMatrixAt(day, { bloc: "EU", types: ["air", "funding"] }, instant)),
            await getMatrixCell("FR", "troops", day, instant),
            await getPositionChanges("2026-01-10", day, {}, instant),
          );
        }
      }
      return views;
    };
    Object.assign(pinnedLookupLimits, { perCellMaxRecordedAfter: 0 });
    const byRecordedTime = await readAll();
    Object.assign(pinnedLookupLimits, {
      perCellMaxRecordedAfter: Number.MAX_SAFE_INTEGER,
      perCellMinRecordedBy: 0,
      perCellOnPostgres: true,
    });
    const byCell = await readAll();
    expect(byCell).toEqual(byRecordedTime);
    // The views differ from one another: the comparison is not between empty answers.
    expect(new Set(byRecordedTime.map((view) => JSON.stringify(view))).size).toBeGreaterThan(10);
  });

  it("cell by cell, looks each cell up through the index rather than reading the history (SQLite's plan)", async () => {
    if (readDialect() !== "sqlite") return;
    const { sql, params } = standingCellsSql({
      day: new Date(Date.UTC(2026, 10, 30)),
      recordedAt: new Date(Date.UTC(2026, 10, 29)),
      pinnedLookup: "per-cell",
    });
    const plan = (await readRows(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row) => String(row.detail)).join("\n");
    expect(plan).toMatch(/SEARCH p USING (COVERING )?INDEX \S+ \(countryCode=\? AND type=\? AND validFrom<\?\)/);
    expect(plan).not.toMatch(/SCAN (p|pi)\b/);
  });
});
