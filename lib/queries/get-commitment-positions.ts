import "server-only";
import { getDb } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { type CommitmentType, isStance, stanceOrder } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { type Matrix, type MatrixCell, matrixCellSelect, standingAt, toMatrixCell } from "./get-matrix-at";

export interface CommitmentPosition {
  code: string;
  name: string;
  cell: MatrixCell;
}

/**
 * Every country's standing stance on one commitment type at `asOf`, from the position
 * history: strongest engagement first, then by name.
 */
export async function getCommitmentPositions(type: CommitmentType, asOf: string): Promise<CommitmentPosition[]> {
  const day = startOfUtcDay(parseIsoDay(asOf) ?? new Date());
  const intervals = await getDb().positionInterval.findMany({
    where: { ...standingAt(day), type },
    select: matrixCellSelect,
  });
  const positions: CommitmentPosition[] = [];
  for (const interval of intervals) {
    const { stance } = interval;
    if (!isStance(stance)) continue;
    positions.push({
      code: interval.countryCode,
      name: interval.country.name,
      cell: toMatrixCell({ ...interval, stance }),
    });
  }
  return sortCommitmentPositions(positions);
}

/** Strongest engagement first, then by name: the commitment page's order. */
function sortCommitmentPositions(positions: CommitmentPosition[]): CommitmentPosition[] {
  return positions.sort(
    (a, b) => stanceOrder(a.cell.stance) - stanceOrder(b.cell.stance) || a.name.localeCompare(b.name, "en"),
  );
}

/** One type's positions out of a matrix (a cited view's, as recorded then), in the page's order. */
export function commitmentPositionsOf(matrix: Matrix, type: CommitmentType): CommitmentPosition[] {
  return sortCommitmentPositions(
    matrix.rows.flatMap((row) => {
      const cell = row.cells[type];
      return cell ? [{ code: row.code, name: row.name, cell }] : [];
    }),
  );
}
