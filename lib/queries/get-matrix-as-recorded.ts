import "server-only";
import { getDb } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance } from "@/lib/domain/taxonomy";
import { derivePositionIntervals, intervalAt, type PositionSource } from "@/lib/positions/derive-intervals";
import { findCountry } from "@/lib/reference/countries";
import { SPEAKER_SELECT, speakerOf } from "@/lib/positions/statement-speaker";
import { getMatrixAt, type Matrix, type MatrixCell, type MatrixFilters, type MatrixRow } from "./get-matrix-at";
import { type PositionChange, sortPositionChanges } from "./get-position-changes";

/**
 * The matrix as the tracker showed it at a recorded instant (a pinned, citable view): the
 * statements recorded by then, each commitment in the state it had then (undoing the
 * corrections made since, from the audit log's before-snapshots), without retractions made
 * since, and positions derived by the same rule as the read model (derivePositionIntervals).
 * Reads every commitment recorded up to the instant: a pinned view is opened rarely, and the
 * read model only knows the present.
 */
export async function getMatrixAsRecorded(
  asOf: string,
  recordedAt: Date,
  filters: MatrixFilters & { countryCode?: string } = {},
): Promise<Matrix> {
  const db = getDb();
  const types = filters.types && filters.types.length > 0 ? filters.types : COMMITMENT_TYPES;
  const [commitments, laterChanges] = await Promise.all([
    db.commitment.findMany({
      where: { createdAt: { lte: recordedAt } },
      select: {
        id: true,
        countryCode: true,
        type: true,
        stance: true,
        condition: true,
        reviewState: true,
        retractedAt: true,
        statedOn: true,
        createdAt: true,
        statement: {
          select: {
            id: true,
            sentence: true,
            ...SPEAKER_SELECT,
            article: { select: { id: true, title: true, outlet: true, url: true, retractedAt: true } },
          },
        },
      },
    }),
    db.auditEvent.findMany({
      where: { entityType: "commitment", action: "commitment.correct", at: { gt: recordedAt } },
      select: { entityId: true, before: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
  ]);

  // The first correction after the instant holds, in `before`, the state shown at the instant.
  const stateThen = new Map<
    string,
    { countryCode?: string; type?: string; stance?: string; condition?: string | null; reviewState?: string }
  >();
  for (const change of laterChanges) {
    if (stateThen.has(change.entityId) || !change.before) continue;
    stateThen.set(change.entityId, JSON.parse(change.before) as Record<string, string>);
  }

  const isRetractedThen = (date: Date | null) => date !== null && date <= recordedAt;
  type Slot = { sources: PositionSource[]; evidence: Map<string, (typeof commitments)[number]> };
  const bySlot = new Map<string, Slot>();
  for (const commitment of commitments) {
    const then = { ...commitment, ...stateThen.get(commitment.id) };
    if (then.reviewState !== "accepted") continue;
    if (isRetractedThen(commitment.retractedAt) || isRetractedThen(commitment.statement.article.retractedAt)) continue;
    if (!then.type || !isCommitmentType(then.type) || !types.includes(then.type)) continue;
    if (!then.stance || !isStance(then.stance) || !then.countryCode) continue;
    const key = `${then.countryCode}|${then.type}`;
    const slot: Slot = bySlot.get(key) ?? { sources: [], evidence: new Map() };
    slot.sources.push({
      commitmentId: commitment.id,
      stance: then.stance,
      condition: then.condition ?? null,
      statedOn: commitment.statedOn,
      recordedAt: commitment.createdAt,
    });
    slot.evidence.set(commitment.id, commitment);
    bySlot.set(key, slot);
  }

  const day = parseIsoDay(asOf) ?? new Date();
  const q = filters.q?.trim().toLowerCase();
  const rows = new Map<string, MatrixRow>();
  for (const [key, slot] of bySlot) {
    const [countryCode, type] = key.split("|") as [string, CommitmentType];
    const country = findCountry(countryCode);
    if (!country) continue;
    if (filters.countryCode && country.code !== filters.countryCode.toUpperCase()) continue;
    if (filters.bloc && !country.memberships.includes(filters.bloc)) continue;
    if (filters.region && country.region !== filters.region) continue;
    if (q && !country.name.toLowerCase().includes(q) && country.code.toLowerCase() !== q) continue;
    const standing = intervalAt(derivePositionIntervals(slot.sources), day);
    if (!standing || !isStance(standing.stance)) continue;
    if (filters.stances && filters.stances.length > 0 && !filters.stances.includes(standing.stance)) continue;
    const evidence = slot.evidence.get(standing.commitmentId)!;
    const cell: MatrixCell = {
      commitmentId: standing.commitmentId,
      statementId: evidence.statement.id,
      articleId: evidence.statement.article.id,
      stance: standing.stance,
      condition: standing.condition,
      contested: standing.contested,
      statedOn: evidence.statedOn,
      sentence: evidence.statement.sentence,
      speaker: speakerOf(evidence.statement),
      articleTitle: evidence.statement.article.title,
      outlet: evidence.statement.article.outlet,
      url: evidence.statement.article.url,
    };
    const row = rows.get(countryCode) ?? { code: countryCode, name: country.name, region: country.region, cells: {} };
    row.cells[type] = cell;
    rows.set(countryCode, row);
  }
  return { asOf, types, rows: [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "en")) };
}

/** The matrix a view shows: as recorded at the instant a cited view pins, or the live read model. */
export function getMatrixAsShown(asOf: string, filters: MatrixFilters, recordedAt: Date | null): Promise<Matrix> {
  return recordedAt ? getMatrixAsRecorded(asOf, recordedAt, filters) : getMatrixAt(asOf, filters);
}

/**
 * getPositionChanges as the tracker would have answered at a recorded instant: the cells
 * standing at `at` whose stance differs from the one at `since` (or that had none then),
 * both days read as recorded then.
 */
export async function getPositionChangesAsRecorded(
  since: string,
  at: string,
  recordedAt: Date,
  filters: Pick<MatrixFilters, "types"> = {},
): Promise<PositionChange[]> {
  if (since >= at) return [];
  const [before, after] = await Promise.all([
    getMatrixAsRecorded(since, recordedAt, { types: filters.types }),
    getMatrixAsRecorded(at, recordedAt, { types: filters.types }),
  ]);
  const stanceBefore = new Map(
    before.rows.flatMap((row) => Object.entries(row.cells).map(([type, cell]) => [`${row.code}|${type}`, cell.stance])),
  );
  const changes: PositionChange[] = [];
  for (const row of after.rows) {
    for (const type of after.types) {
      const cell = row.cells[type];
      if (!cell) continue;
      const from = stanceBefore.get(`${row.code}|${type}`) ?? null;
      if (from === cell.stance) continue;
      changes.push({ countryCode: row.code, countryName: row.name, type, from, to: cell });
    }
  }
  return sortPositionChanges(changes);
}
