import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { type MatrixCell, matrixCellSelect, type MatrixFilters, standingAt, toMatrixCell } from "./get-matrix-at";

/** A cell whose stance at `at` differs from its stance at `since` (or that had none then). */
export interface PositionChange {
  countryCode: string;
  countryName: string;
  type: CommitmentType;
  /** The stance at `since`, or null when the country had said nothing on the type yet. */
  from: Stance | null;
  to: MatrixCell;
}

/**
 * What changed between two days, read from the position history: only the cells whose
 * standing interval at `at` began after `since` can differ, so the cost follows the number
 * of changed cells, not of statements. A new statement repeating the same stance is not a change.
 * With `recordedAt`, both days are read as the tracker showed them at that instant (a cited view).
 */
export async function getPositionChanges(
  since: string,
  at: string,
  filters: Pick<MatrixFilters, "types"> = {},
  recordedAt: Date | null = null,
): Promise<PositionChange[]> {
  const sinceDay = startOfUtcDay(parseIsoDay(since) ?? new Date(0));
  const atDay = startOfUtcDay(parseIsoDay(at) ?? new Date());
  if (sinceDay >= atDay) return [];
  const db = getDb();
  const types = filters.types && filters.types.length > 0 ? { type: { in: [...filters.types] } } : {};
  const candidates = await db.positionInterval.findMany({
    where: { ...standingAt(atDay, recordedAt), validFrom: { gt: sinceDay, lte: atDay }, ...types },
    select: matrixCellSelect,
  });
  if (candidates.length === 0) return [];
  const before = await db.positionInterval.findMany({
    where: {
      ...standingAt(sinceDay, recordedAt),
      countryCode: { in: [...new Set(candidates.map((c) => c.countryCode))] },
      ...types,
    },
    select: { countryCode: true, type: true, stance: true },
  });
  const stanceBefore = new Map(before.map((row) => [`${row.countryCode}|${row.type}`, row.stance]));
  const changes: PositionChange[] = [];
  for (const candidate of candidates) {
    const { type, stance } = candidate;
    if (!isCommitmentType(type) || !isStance(stance)) continue;
    const from = stanceBefore.get(`${candidate.countryCode}|${type}`) ?? null;
    if (from === stance) continue;
    changes.push({
      countryCode: candidate.countryCode,
      countryName: candidate.country.name,
      type,
      from: from !== null && isStance(from) ? from : null,
      to: toMatrixCell({ ...candidate, stance }),
    });
  }
  return sortPositionChanges(changes);
}

/**
 * Newest change first, then by country name, then in the taxonomy's order of types: a total
 * order, so that a live and a pinned read of the same changes list them alike (two changes of one
 * country on one day came back in either order).
 */
export function sortPositionChanges(changes: PositionChange[]): PositionChange[] {
  return changes.sort(
    (a, b) =>
      b.to.statedOn.getTime() - a.to.statedOn.getTime() ||
      a.countryName.localeCompare(b.countryName, "en") ||
      COMMITMENT_TYPES.indexOf(a.type) - COMMITMENT_TYPES.indexOf(b.type),
  );
}
