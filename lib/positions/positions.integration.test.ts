import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, STANCES, type Stance } from "@/lib/domain/taxonomy";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { getMatrixCell } from "@/lib/queries/get-matrix-cell";
import { getPositionChanges } from "@/lib/queries/get-position-changes";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { snapshotPositions } from "@/lib/test/position-snapshot";
import { resetContent } from "@/lib/test/reset-content";
import { rebuildPositions } from "./maintain-positions";
import { isAppError } from "@/lib/errors/app-error";

beforeEach(resetContent);

async function publish(
  published: string,
  country: string,
  commitment: CommitmentType,
  stance: Stance,
  sentence: string,
) {
  const article = await createPublishedArticle({ published, positions: [{ country, commitment, stance, sentence }] });
  const row = await getDb().commitment.findFirstOrThrow({
    where: { statement: { articleId: article.articleId } },
    select: { id: true },
  });
  return { articleId: article.articleId, commitmentId: row.id };
}

/** A second retraction is refused (AppError ALREADY_RETRACTED) and changes nothing: the sequence goes on. */
async function unlessAlreadyRetracted(change: Promise<void>): Promise<void> {
  try {
    await change;
  } catch (error) {
    if (!isAppError(error, "ALREADY_RETRACTED")) throw error;
  }
}

const PROPERTY_TYPES = ["troops", "air"] as const satisfies readonly CommitmentType[];

/** A random change the tracker can undergo: a publish (accepted or only proposed), a correction, a retraction. */
function historyOperation(countries: readonly string[], publishWeight = 1) {
  return fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant("publish" as const),
        country: fc.constantFrom(...countries),
        type: fc.constantFrom(...PROPERTY_TYPES),
        stance: fc.constantFrom(...STANCES),
        day: fc.integer({ min: 1, max: 6 }),
        accepted: fc.boolean(),
      }),
      weight: publishWeight,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("correct" as const),
        target: fc.nat(),
        country: fc.constantFrom(...countries),
        type: fc.constantFrom(...PROPERTY_TYPES),
        stance: fc.constantFrom(...STANCES.filter((stance) => stance !== "conditional")),
      }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant("retract-commitment" as const), target: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant("retract-article" as const), target: fc.nat() }), weight: 1 },
  );
}
type HistoryOperation = ReturnType<typeof historyOperation> extends fc.Arbitrary<infer T> ? T : never;

/** Carries out the `index`th operation; `published` holds what the publishes so far created, to aim the others at. */
async function applyHistoryOperation(
  op: HistoryOperation,
  index: number,
  published: { articleId: string; commitmentId: string }[],
  editorId: string,
): Promise<void> {
  if (op.kind === "publish") {
    const article = await createPublishedArticle({
      published: `2026-03-0${op.day}`,
      positions: [
        {
          country: op.country,
          commitment: op.type,
          stance: op.stance,
          sentence: `Statement ${index} on ${op.type}.`,
          condition: op.stance === "conditional" ? "after a ceasefire" : null,
          reviewState: op.accepted ? "accepted" : "proposed",
        },
      ],
    });
    const row = await getDb().commitment.findFirstOrThrow({
      where: { statement: { articleId: article.articleId } },
      select: { id: true },
    });
    published.push({ articleId: article.articleId, commitmentId: row.id });
    return;
  }
  if (published.length === 0) return;
  const target = published[op.target % published.length]!;
  if (op.kind === "correct")
    // A retracted commitment cannot be corrected (lib/ingest/corrections.ts): stepped over.
    await unlessAlreadyRetracted(
      correctCommitment(
        {
          commitmentId: target.commitmentId,
          country: op.country,
          commitment: op.type,
          stance: op.stance,
          condition: null,
          note: "Property test correction",
        },
        editorId,
      ),
    );
  else if (op.kind === "retract-commitment")
    await unlessAlreadyRetracted(retractCommitment({ id: target.commitmentId, note: "Property test" }, editorId));
  else await unlessAlreadyRetracted(retractArticle({ id: target.articleId, note: "Property test" }, editorId));
}

describe("the position history", () => {
  it("gives the stance that stands at a date: none before the first statement, then each in turn", async () => {
    await publish("2025-03-01", "IT", "troops", "considering", "Italy is weighing a troop contribution.");
    await publish("2026-01-07", "IT", "troops", "ruled_out", "Italy will not send soldiers.");
    const stanceAt = async (day: string) => (await getMatrixAt(day)).rows[0]?.cells.troops?.stance ?? null;
    expect(await stanceAt("2025-02-28")).toBeNull();
    expect(await stanceAt("2025-03-01")).toBe("considering");
    expect(await stanceAt("2026-01-06")).toBe("considering");
    expect(await stanceAt("2026-01-07")).toBe("ruled_out");
    expect(await stanceAt("2026-11-24")).toBe("ruled_out");
  });

  it("on a day with two different stances lets the one recorded last stand and marks the cell contested", async () => {
    await publish("2026-02-01", "DE", "air", "considering", "Berlin is looking at an air mission.");
    const later = await publish("2026-02-01", "DE", "air", "ruled_out", "Germany excludes flying over Ukraine.");
    const cell = (await getMatrixAt("2026-03-01")).rows[0]?.cells.air;
    expect(cell?.commitmentId).toBe(later.commitmentId);
    expect(cell?.stance).toBe("ruled_out");
    expect(cell?.contested).toBe(true);
    const entry = (await getCountryStance("DE", "2026-03-01"))?.entries.find((e) => e.type === "air");
    expect(entry?.contested).toBe(true);
  });

  it("falls back to the earlier stance when the later commitment or its article is retracted", async () => {
    const editor = await createTestEditor();
    await publish("2025-05-01", "FR", "maritime", "considering", "Paris may send a frigate.");
    const later = await publish("2025-09-01", "FR", "maritime", "committed", "France will patrol the Black Sea.");
    const latest = await publish("2025-10-01", "FR", "maritime", "ruled_out", "France drops the naval plan.");
    const stanceToday = async () => (await getMatrixAt("2026-11-24")).rows[0]?.cells.maritime?.stance ?? null;
    expect(await stanceToday()).toBe("ruled_out");
    await retractArticle({ id: latest.articleId, note: "Wrong outlet" }, editor.id);
    expect(await stanceToday()).toBe("committed");
    await retractCommitment({ id: later.commitmentId, note: "Misread" }, editor.id);
    expect(await stanceToday()).toBe("considering");
  });

  it("moves a corrected commitment to its new stance, country and type", async () => {
    const editor = await createTestEditor();
    const { commitmentId } = await publish("2025-06-01", "ES", "training", "committed", "Spain will train brigades.");
    await correctCommitment(
      { commitmentId, country: "PT", commitment: "arms", stance: "supports", condition: null, note: "Wrong country" },
      editor.id,
    );
    const matrix = await getMatrixAt("2026-11-24");
    expect(matrix.rows.map((row) => row.code)).toEqual(["PT"]);
    expect(matrix.rows[0]?.cells.arms?.stance).toBe("supports");
    expect(matrix.rows[0]?.cells.training).toBeUndefined();
  });

  it("lists the cells whose stance changed between two dates, from what to what", async () => {
    await publish("2025-01-10", "PL", "troops", "ruled_out", "Poland will not deploy troops.");
    await publish("2025-04-10", "PL", "troops", "considering", "Warsaw reopens the troop question.");
    await publish("2025-04-12", "PL", "funding", "committed", "Poland pledges funds.");
    await publish("2025-05-01", "PL", "funding", "committed", "Poland repeats its funding pledge.");
    await publish("2025-06-01", "NL", "air", "supports", "The Dutch back an air shield.");
    const changes = await getPositionChanges("2025-03-01", "2025-05-15");
    expect(changes.map((change) => [change.countryCode, change.type, change.from, change.to.stance])).toEqual([
      ["PL", "funding", null, "committed"],
      ["PL", "troops", "ruled_out", "considering"],
    ]);
    expect(changes[1]?.to.sentence).toBe("Warsaw reopens the troop question.");
    expect(await getPositionChanges("2025-05-15", "2025-05-15")).toEqual([]);
  });

  it("gives a country's timeline of stance changes, not every repetition", async () => {
    await publish("2025-01-01", "GB", "troops", "conditional", "Britain would deploy after a deal.");
    await publish("2025-02-01", "GB", "troops", "conditional", "London restates its conditional offer.");
    await publish("2025-03-01", "GB", "troops", "committed", "Britain commits a brigade.");
    const entry = (await getCountryStance("GB", "2026-01-01"))?.entries.find((e) => e.type === "troops");
    expect(entry?.timeline.map((point) => point.stance)).toEqual(["committed", "conditional"]);
    expect(entry?.history).toHaveLength(3);
  });

  it("is the same after any sequence of publishes, corrections and retractions as when rebuilt from scratch", async () => {
    const editor = await createTestEditor();
    await fc.assert(
      fc.asyncProperty(fc.array(historyOperation(["IT", "FR"]), { minLength: 1, maxLength: 8 }), async (operations) => {
        await resetContent();
        const published: { articleId: string; commitmentId: string }[] = [];
        for (const [index, op] of operations.entries()) await applyHistoryOperation(op, index, published, editor.id);
        const incremental = await snapshotPositions();
        await rebuildPositions(getDb());
        expect(await snapshotPositions()).toEqual(incremental);
      }),
      { numRuns: 30 },
    );
  }, 240_000);

  it("shows, pinned at the instant of each change, what the tracker showed right after it, incrementally and rebuilt", async () => {
    const editor = await createTestEditor();
    const DAYS = ["2026-02-28", "2026-03-02", "2026-03-04", "2026-03-06", "2026-11-30"];
    // Every read the views of matrix, country, commitment and changes make, live (null) or pinned.
    const views = async (recordedAt: Date | null) => ({
      matrix: await Promise.all(DAYS.map((day) => getMatrixAt(day, {}, recordedAt))),
      commitment: await getMatrixAt("2026-11-30", { types: ["air"] }, recordedAt),
      country: await getMatrixAt("2026-03-04", { countryCode: "it" }, recordedAt),
      // The country view's own read: standing quotes, timelines and their corrections (the
      // evidence lists of every statement are live only).
      countryView: await Promise.all(
        [
          ["IT", "2026-03-04"],
          ["FR", "2026-11-30"],
        ].map(async ([code, day]) => {
          const stance = await getCountryStance(code!, day!, recordedAt);
          return stance && { ...stance, entries: stance.entries.map((entry) => ({ ...entry, history: [] })) };
        }),
      ),
      cell: await getMatrixCell("FR", "troops", "2026-03-05", recordedAt),
      changes: [
        await getPositionChanges("2026-03-02", "2026-03-05", {}, recordedAt),
        await getPositionChanges("2026-01-01", "2026-11-30", { types: ["troops"] }, recordedAt),
      ],
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(historyOperation(["IT", "FR", "DE"], 3), { minLength: 1, maxLength: 10 }),
        async (operations) => {
          await resetContent();
          const published: { articleId: string; commitmentId: string }[] = [];
          const shown: { at: Date; views: Awaited<ReturnType<typeof views>> }[] = [];
          for (const [index, op] of operations.entries()) {
            await applyHistoryOperation(op, index, published, editor.id);
            // What a reader saw right after this change, and the instant a citation would pin.
            shown.push({ at: await getLatestChangeInstant(), views: await views(null) });
          }
          for (const { at, views: then } of shown) expect(await views(at)).toEqual(then);
          await rebuildPositions(getDb());
          for (const { at, views: then } of shown) expect(await views(at)).toEqual(then);
        },
      ),
      { numRuns: 25 },
    );
  }, 400_000);

  it("rebuilds every type and country", async () => {
    for (const [index, type] of COMMITMENT_TYPES.slice(0, 3).entries()) {
      await publish(`2025-0${index + 1}-01`, "CA", type, "supports", `Canada backs ${type}.`);
    }
    const before = await snapshotPositions();
    await getDb().positionInterval.deleteMany({});
    expect(await rebuildPositions(getDb())).toBe(3);
    expect(await snapshotPositions()).toEqual(before);
  });
});
