import "server-only";
import { type CommitmentType, stanceOrder } from "@/lib/domain/taxonomy";
import { getMatrixAt, type Matrix, type MatrixCell } from "./get-matrix-at";

export interface CommitmentPosition {
  code: string;
  name: string;
  cell: MatrixCell;
}

/**
 * The commitment view: every country's standing stance on one commitment type at `asOf`, from
 * the position history, as the tracker shows it now or showed it at `recordedAt` (a cited
 * view). Every output of the view reads it: page, API answer, download, embed, preview card.
 */
export function getCommitmentView(type: CommitmentType, asOf: string, recordedAt: Date | null = null): Promise<Matrix> {
  return getMatrixAt(asOf, { types: [type] }, recordedAt);
}

/** Strongest engagement first, then by name: the commitment page's order. */
function sortCommitmentPositions(positions: CommitmentPosition[]): CommitmentPosition[] {
  return positions.sort(
    (a, b) => stanceOrder(a.cell.stance) - stanceOrder(b.cell.stance) || a.name.localeCompare(b.name, "en"),
  );
}

/** One type's positions out of the commitment view, in the page's order. */
export function commitmentPositionsOf(matrix: Matrix, type: CommitmentType): CommitmentPosition[] {
  return sortCommitmentPositions(
    matrix.rows.flatMap((row) => {
      const cell = row.cells[type];
      return cell ? [{ code: row.code, name: row.name, cell }] : [];
    }),
  );
}
