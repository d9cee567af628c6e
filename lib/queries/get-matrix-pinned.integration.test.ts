import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getLatestChangeInstant } from "./get-latest-change";
import { getMatrixAt, type Matrix } from "./get-matrix-at";

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
